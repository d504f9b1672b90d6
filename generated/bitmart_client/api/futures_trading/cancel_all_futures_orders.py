from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_cancel_accepted_response import FuturesCancelAcceptedResponse
from ...models.futures_cancel_all_orders_request import FuturesCancelAllOrdersRequest
from ...types import Response

OPERATION_ID = "cancel_all_futures_orders"


def _get_kwargs(
    *,
    body: FuturesCancelAllOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/cancel-orders",
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
    body: FuturesCancelAllOrdersRequest,
) -> Response[FuturesCancelAcceptedResponse]:
    """Cancel all open orders of a contract

     Cancels the open orders of one contract, the ones `/contract/private/get-open-orders`
    lists. BitMart does not say whether plan and TP/SL orders are included; they have their
    own cancel operation (`cancel_futures_plan_order` without an id clears a contract's
    plans). As with `cancel_futures_order`, code 1000 means the cancellations were
    accepted; the results arrive over the private WebSocket.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (FuturesCancelAllOrdersRequest):

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
    body: FuturesCancelAllOrdersRequest,
) -> FuturesCancelAcceptedResponse:
    """Cancel all open orders of a contract

     Cancels the open orders of one contract, the ones `/contract/private/get-open-orders`
    lists. BitMart does not say whether plan and TP/SL orders are included; they have their
    own cancel operation (`cancel_futures_plan_order` without an id clears a contract's
    plans). As with `cancel_futures_order`, code 1000 means the cancellations were
    accepted; the results arrive over the private WebSocket.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (FuturesCancelAllOrdersRequest):

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
    body: FuturesCancelAllOrdersRequest,
) -> Response[FuturesCancelAcceptedResponse]:
    """Cancel all open orders of a contract

     Cancels the open orders of one contract, the ones `/contract/private/get-open-orders`
    lists. BitMart does not say whether plan and TP/SL orders are included; they have their
    own cancel operation (`cancel_futures_plan_order` without an id clears a contract's
    plans). As with `cancel_futures_order`, code 1000 means the cancellations were
    accepted; the results arrive over the private WebSocket.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (FuturesCancelAllOrdersRequest):

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
    body: FuturesCancelAllOrdersRequest,
) -> FuturesCancelAcceptedResponse:
    """Cancel all open orders of a contract

     Cancels the open orders of one contract, the ones `/contract/private/get-open-orders`
    lists. BitMart does not say whether plan and TP/SL orders are included; they have their
    own cancel operation (`cancel_futures_plan_order` without an id clears a contract's
    plans). As with `cancel_futures_order`, code 1000 means the cancellations were
    accepted; the results arrive over the private WebSocket.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (FuturesCancelAllOrdersRequest):

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
