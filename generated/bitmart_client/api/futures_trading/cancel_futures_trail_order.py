from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.empty_success_response import EmptySuccessResponse
from ...models.futures_trail_cancel_request import FuturesTrailCancelRequest
from ...types import Response

OPERATION_ID = "cancel_futures_trail_order"


def _get_kwargs(
    *,
    body: FuturesTrailCancelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/cancel-trail-order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptySuccessResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, EmptySuccessResponse.from_dict, client.parse_options
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        drift=drift,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesTrailCancelRequest,
) -> Response[EmptySuccessResponse]:
    """Cancel a trailing stop order

     Cancels a trailing order by `order_id` (a numeric string; there is no client order id
    for trailing orders). BitMart marks `order_id` optional without saying what happens
    when it is left out; its official SDK tests call this with the contract alone, which
    suggests all trailing orders of the contract are cancelled. Send the id to cancel just
    one.

    Code 1000 means the cancellation was accepted; the result arrives over the private
    WebSocket.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTrailCancelRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EmptySuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FuturesTrailCancelRequest,
) -> EmptySuccessResponse:
    """Cancel a trailing stop order

     Cancels a trailing order by `order_id` (a numeric string; there is no client order id
    for trailing orders). BitMart marks `order_id` optional without saying what happens
    when it is left out; its official SDK tests call this with the contract alone, which
    suggests all trailing orders of the contract are cancelled. Send the id to cancel just
    one.

    Code 1000 means the cancellation was accepted; the result arrives over the private
    WebSocket.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTrailCancelRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EmptySuccessResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesTrailCancelRequest,
) -> Response[EmptySuccessResponse]:
    """Cancel a trailing stop order

     Cancels a trailing order by `order_id` (a numeric string; there is no client order id
    for trailing orders). BitMart marks `order_id` optional without saying what happens
    when it is left out; its official SDK tests call this with the contract alone, which
    suggests all trailing orders of the contract are cancelled. Send the id to cancel just
    one.

    Code 1000 means the cancellation was accepted; the result arrives over the private
    WebSocket.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTrailCancelRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EmptySuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesTrailCancelRequest,
) -> EmptySuccessResponse:
    """Cancel a trailing stop order

     Cancels a trailing order by `order_id` (a numeric string; there is no client order id
    for trailing orders). BitMart marks `order_id` optional without saying what happens
    when it is left out; its official SDK tests call this with the contract alone, which
    suggests all trailing orders of the contract are cancelled. Send the id to cancel just
    one.

    Code 1000 means the cancellation was accepted; the result arrives over the private
    WebSocket.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTrailCancelRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EmptySuccessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
