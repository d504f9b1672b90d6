from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_cancel_accepted_response import FuturesCancelAcceptedResponse
from ...models.futures_cancel_order_request import FuturesCancelOrderRequest
from ...types import Response

OPERATION_ID = "cancel_futures_order"


def _get_kwargs(
    *,
    body: FuturesCancelOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/cancel-order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesCancelAcceptedResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesCancelAcceptedResponse.from_dict,
        client.parse_options,
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
    body: FuturesCancelOrderRequest,
) -> Response[FuturesCancelAcceptedResponse]:
    """Cancel a futures order

     Cancels one open order, identified by `order_id` (a numeric **string** here) or by
    `client_order_id`. When neither is sent, BitMart cancels **every** open order of the
    contract, like `cancel_all_futures_orders`. The schema lets either id be an empty string
    (BitMart's own modify-tp-sl example sends `client_order_id: ""` beside an `order_id`),
    but leave an unused id out rather than sending it empty: with both empty the request
    may be read as "cancel all".

    Code 1000 means the cancellation was accepted, not that it is complete: BitMart pushes
    the result over the private WebSocket, so confirm it with `/contract/private/order`
    before relying on it. Plan, TP/SL and trailing orders have their own cancel operations.

    Rate limit: 40 requests per 2 seconds per API key.

    Args:
        body (FuturesCancelOrderRequest): The order to cancel: `order_id` or `client_order_id`.
            With neither, every open order of
            the contract is cancelled.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesCancelAcceptedResponse]
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
    body: FuturesCancelOrderRequest,
) -> FuturesCancelAcceptedResponse:
    """Cancel a futures order

     Cancels one open order, identified by `order_id` (a numeric **string** here) or by
    `client_order_id`. When neither is sent, BitMart cancels **every** open order of the
    contract, like `cancel_all_futures_orders`. The schema lets either id be an empty string
    (BitMart's own modify-tp-sl example sends `client_order_id: ""` beside an `order_id`),
    but leave an unused id out rather than sending it empty: with both empty the request
    may be read as "cancel all".

    Code 1000 means the cancellation was accepted, not that it is complete: BitMart pushes
    the result over the private WebSocket, so confirm it with `/contract/private/order`
    before relying on it. Plan, TP/SL and trailing orders have their own cancel operations.

    Rate limit: 40 requests per 2 seconds per API key.

    Args:
        body (FuturesCancelOrderRequest): The order to cancel: `order_id` or `client_order_id`.
            With neither, every open order of
            the contract is cancelled.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesCancelAcceptedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesCancelOrderRequest,
) -> Response[FuturesCancelAcceptedResponse]:
    """Cancel a futures order

     Cancels one open order, identified by `order_id` (a numeric **string** here) or by
    `client_order_id`. When neither is sent, BitMart cancels **every** open order of the
    contract, like `cancel_all_futures_orders`. The schema lets either id be an empty string
    (BitMart's own modify-tp-sl example sends `client_order_id: ""` beside an `order_id`),
    but leave an unused id out rather than sending it empty: with both empty the request
    may be read as "cancel all".

    Code 1000 means the cancellation was accepted, not that it is complete: BitMart pushes
    the result over the private WebSocket, so confirm it with `/contract/private/order`
    before relying on it. Plan, TP/SL and trailing orders have their own cancel operations.

    Rate limit: 40 requests per 2 seconds per API key.

    Args:
        body (FuturesCancelOrderRequest): The order to cancel: `order_id` or `client_order_id`.
            With neither, every open order of
            the contract is cancelled.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesCancelAcceptedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesCancelOrderRequest,
) -> FuturesCancelAcceptedResponse:
    """Cancel a futures order

     Cancels one open order, identified by `order_id` (a numeric **string** here) or by
    `client_order_id`. When neither is sent, BitMart cancels **every** open order of the
    contract, like `cancel_all_futures_orders`. The schema lets either id be an empty string
    (BitMart's own modify-tp-sl example sends `client_order_id: ""` beside an `order_id`),
    but leave an unused id out rather than sending it empty: with both empty the request
    may be read as "cancel all".

    Code 1000 means the cancellation was accepted, not that it is complete: BitMart pushes
    the result over the private WebSocket, so confirm it with `/contract/private/order`
    before relying on it. Plan, TP/SL and trailing orders have their own cancel operations.

    Rate limit: 40 requests per 2 seconds per API key.

    Args:
        body (FuturesCancelOrderRequest): The order to cancel: `order_id` or `client_order_id`.
            With neither, every open order of
            the contract is cancelled.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesCancelAcceptedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
