from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.empty_success_response import EmptySuccessResponse
from ...models.futures_plan_cancel_request import FuturesPlanCancelRequest
from ...types import Response

OPERATION_ID = "cancel_futures_plan_order"


def _get_kwargs(
    *,
    body: FuturesPlanCancelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/cancel-plan-order",
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
    body: FuturesPlanCancelRequest,
) -> Response[EmptySuccessResponse]:
    """Cancel a plan order

     Cancels a plan order that has not fired, identified by `order_id` (a numeric string) or
    `client_order_id`. When neither is sent, BitMart cancels every plan order of the
    contract (batch cancellation by symbol, added 2024-09-19). The schema accepts an empty
    string for either id; leave an unused id out instead. TP/SL orders placed with
    `submit_futures_tp_sl_order` are listed among the plan orders (`plan_type=profit_loss`)
    and have no cancel operation of their own, so this is the one to use for them too
    (BitMart does not state it explicitly).

    Code 1000 means the cancellation was accepted; the result arrives over the private
    WebSocket.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (FuturesPlanCancelRequest): The plan order to cancel: `order_id` or
            `client_order_id`. With neither, every plan
            order of the contract is cancelled.

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
    body: FuturesPlanCancelRequest,
) -> EmptySuccessResponse:
    """Cancel a plan order

     Cancels a plan order that has not fired, identified by `order_id` (a numeric string) or
    `client_order_id`. When neither is sent, BitMart cancels every plan order of the
    contract (batch cancellation by symbol, added 2024-09-19). The schema accepts an empty
    string for either id; leave an unused id out instead. TP/SL orders placed with
    `submit_futures_tp_sl_order` are listed among the plan orders (`plan_type=profit_loss`)
    and have no cancel operation of their own, so this is the one to use for them too
    (BitMart does not state it explicitly).

    Code 1000 means the cancellation was accepted; the result arrives over the private
    WebSocket.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (FuturesPlanCancelRequest): The plan order to cancel: `order_id` or
            `client_order_id`. With neither, every plan
            order of the contract is cancelled.

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
    body: FuturesPlanCancelRequest,
) -> Response[EmptySuccessResponse]:
    """Cancel a plan order

     Cancels a plan order that has not fired, identified by `order_id` (a numeric string) or
    `client_order_id`. When neither is sent, BitMart cancels every plan order of the
    contract (batch cancellation by symbol, added 2024-09-19). The schema accepts an empty
    string for either id; leave an unused id out instead. TP/SL orders placed with
    `submit_futures_tp_sl_order` are listed among the plan orders (`plan_type=profit_loss`)
    and have no cancel operation of their own, so this is the one to use for them too
    (BitMart does not state it explicitly).

    Code 1000 means the cancellation was accepted; the result arrives over the private
    WebSocket.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (FuturesPlanCancelRequest): The plan order to cancel: `order_id` or
            `client_order_id`. With neither, every plan
            order of the contract is cancelled.

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
    body: FuturesPlanCancelRequest,
) -> EmptySuccessResponse:
    """Cancel a plan order

     Cancels a plan order that has not fired, identified by `order_id` (a numeric string) or
    `client_order_id`. When neither is sent, BitMart cancels every plan order of the
    contract (batch cancellation by symbol, added 2024-09-19). The schema accepts an empty
    string for either id; leave an unused id out instead. TP/SL orders placed with
    `submit_futures_tp_sl_order` are listed among the plan orders (`plan_type=profit_loss`)
    and have no cancel operation of their own, so this is the one to use for them too
    (BitMart does not state it explicitly).

    Code 1000 means the cancellation was accepted; the result arrives over the private
    WebSocket.

    Rate limit: 40 requests per 2 seconds per UID.

    Args:
        body (FuturesPlanCancelRequest): The plan order to cancel: `order_id` or
            `client_order_id`. With neither, every plan
            order of the contract is cancelled.

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
