from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_modify_order_response import FuturesModifyOrderResponse
from ...models.futures_modify_tp_sl_order_request import FuturesModifyTpSlOrderRequest
from ...types import Response

OPERATION_ID = "modify_futures_tp_sl_order"


def _get_kwargs(
    *,
    body: FuturesModifyTpSlOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/modify-tp-sl-order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesModifyOrderResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesModifyOrderResponse.from_dict,
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
    body: FuturesModifyTpSlOrderRequest,
) -> Response[FuturesModifyOrderResponse]:
    """Modify a take-profit or stop-loss order

     Changes a TP/SL order (from `submit_futures_tp_sl_order`) that has not fired. It may
    change the trigger (`trigger_price` and `price_type`, both always required), the order
    placed when it fires (`category` `limit` or `market`, with `executive_price`) and the
    `plan_category`. `executive_price` is required when `plan_category` is 1 (a TP/SL order
    for a given size). The size and the side cannot be changed: cancel the order with
    `cancel_futures_plan_order` and place a new one.

    Identify the order with `order_id` (numeric string) or `client_order_id`; one of the
    two is required. BitMart's own example sends `client_order_id: ""` beside an
    `order_id`, so an empty id is accepted. The answer repeats the id as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyTpSlOrderRequest): The new trigger and execution of a TP/SL order. One
            of `order_id` and
            `client_order_id` is required; `executive_price` is required when `plan_category` is 1.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesModifyOrderResponse]
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
    body: FuturesModifyTpSlOrderRequest,
) -> FuturesModifyOrderResponse:
    """Modify a take-profit or stop-loss order

     Changes a TP/SL order (from `submit_futures_tp_sl_order`) that has not fired. It may
    change the trigger (`trigger_price` and `price_type`, both always required), the order
    placed when it fires (`category` `limit` or `market`, with `executive_price`) and the
    `plan_category`. `executive_price` is required when `plan_category` is 1 (a TP/SL order
    for a given size). The size and the side cannot be changed: cancel the order with
    `cancel_futures_plan_order` and place a new one.

    Identify the order with `order_id` (numeric string) or `client_order_id`; one of the
    two is required. BitMart's own example sends `client_order_id: ""` beside an
    `order_id`, so an empty id is accepted. The answer repeats the id as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyTpSlOrderRequest): The new trigger and execution of a TP/SL order. One
            of `order_id` and
            `client_order_id` is required; `executive_price` is required when `plan_category` is 1.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesModifyOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesModifyTpSlOrderRequest,
) -> Response[FuturesModifyOrderResponse]:
    """Modify a take-profit or stop-loss order

     Changes a TP/SL order (from `submit_futures_tp_sl_order`) that has not fired. It may
    change the trigger (`trigger_price` and `price_type`, both always required), the order
    placed when it fires (`category` `limit` or `market`, with `executive_price`) and the
    `plan_category`. `executive_price` is required when `plan_category` is 1 (a TP/SL order
    for a given size). The size and the side cannot be changed: cancel the order with
    `cancel_futures_plan_order` and place a new one.

    Identify the order with `order_id` (numeric string) or `client_order_id`; one of the
    two is required. BitMart's own example sends `client_order_id: ""` beside an
    `order_id`, so an empty id is accepted. The answer repeats the id as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyTpSlOrderRequest): The new trigger and execution of a TP/SL order. One
            of `order_id` and
            `client_order_id` is required; `executive_price` is required when `plan_category` is 1.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesModifyOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesModifyTpSlOrderRequest,
) -> FuturesModifyOrderResponse:
    """Modify a take-profit or stop-loss order

     Changes a TP/SL order (from `submit_futures_tp_sl_order`) that has not fired. It may
    change the trigger (`trigger_price` and `price_type`, both always required), the order
    placed when it fires (`category` `limit` or `market`, with `executive_price`) and the
    `plan_category`. `executive_price` is required when `plan_category` is 1 (a TP/SL order
    for a given size). The size and the side cannot be changed: cancel the order with
    `cancel_futures_plan_order` and place a new one.

    Identify the order with `order_id` (numeric string) or `client_order_id`; one of the
    two is required. BitMart's own example sends `client_order_id: ""` beside an
    `order_id`, so an empty id is accepted. The answer repeats the id as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyTpSlOrderRequest): The new trigger and execution of a TP/SL order. One
            of `order_id` and
            `client_order_id` is required; `executive_price` is required when `plan_category` is 1.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesModifyOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
