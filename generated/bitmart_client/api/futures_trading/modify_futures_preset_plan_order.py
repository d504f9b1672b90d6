from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...error_codes import ERROR_CODES
from ...models.futures_modify_order_response import FuturesModifyOrderResponse
from ...models.futures_modify_preset_plan_order_request import (
    FuturesModifyPresetPlanOrderRequest,
)
from ...types import Response

OPERATION_ID = "modify_futures_preset_plan_order"


def _get_kwargs(
    *,
    body: FuturesModifyPresetPlanOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/modify-preset-plan-order",
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
        error_codes=ERROR_CODES,
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
    body: FuturesModifyPresetPlanOrderRequest,
) -> Response[FuturesModifyOrderResponse]:
    """Modify the preset take-profit/stop-loss of an order

     Changes the take-profit and stop-loss that were attached ("preset") to an order with
    the `preset_*` fields of `submit_futures_order` or `submit_futures_plan_order`, while
    that order has not been filled or fired: `order_id` names either an opening order
    (side 1 or 4) that still rests, or a plan order that still waits (see NOTES.md). It may
    change the take-profit price and the price it watches (`preset_take_profit_price`,
    `preset_take_profit_price_type`) and the same two for the stop-loss. Nothing else of
    the order changes (use `modify_futures_limit_order` for its price or size). An unknown
    order is refused with 40035, one that has filled, fired or been cancelled with 40036.

    Every field but `symbol` and `order_id` is optional; BitMart does not say whether a
    price left out keeps its current value or is removed, so send both prices when both
    should stay. The price types default to 1 (last price). `order_id` is a numeric
    string, and the answer repeats it as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyPresetPlanOrderRequest): New preset take-profit and stop-loss of an
            order.

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
    body: FuturesModifyPresetPlanOrderRequest,
) -> FuturesModifyOrderResponse:
    """Modify the preset take-profit/stop-loss of an order

     Changes the take-profit and stop-loss that were attached ("preset") to an order with
    the `preset_*` fields of `submit_futures_order` or `submit_futures_plan_order`, while
    that order has not been filled or fired: `order_id` names either an opening order
    (side 1 or 4) that still rests, or a plan order that still waits (see NOTES.md). It may
    change the take-profit price and the price it watches (`preset_take_profit_price`,
    `preset_take_profit_price_type`) and the same two for the stop-loss. Nothing else of
    the order changes (use `modify_futures_limit_order` for its price or size). An unknown
    order is refused with 40035, one that has filled, fired or been cancelled with 40036.

    Every field but `symbol` and `order_id` is optional; BitMart does not say whether a
    price left out keeps its current value or is removed, so send both prices when both
    should stay. The price types default to 1 (last price). `order_id` is a numeric
    string, and the answer repeats it as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyPresetPlanOrderRequest): New preset take-profit and stop-loss of an
            order.

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
    body: FuturesModifyPresetPlanOrderRequest,
) -> Response[FuturesModifyOrderResponse]:
    """Modify the preset take-profit/stop-loss of an order

     Changes the take-profit and stop-loss that were attached ("preset") to an order with
    the `preset_*` fields of `submit_futures_order` or `submit_futures_plan_order`, while
    that order has not been filled or fired: `order_id` names either an opening order
    (side 1 or 4) that still rests, or a plan order that still waits (see NOTES.md). It may
    change the take-profit price and the price it watches (`preset_take_profit_price`,
    `preset_take_profit_price_type`) and the same two for the stop-loss. Nothing else of
    the order changes (use `modify_futures_limit_order` for its price or size). An unknown
    order is refused with 40035, one that has filled, fired or been cancelled with 40036.

    Every field but `symbol` and `order_id` is optional; BitMart does not say whether a
    price left out keeps its current value or is removed, so send both prices when both
    should stay. The price types default to 1 (last price). `order_id` is a numeric
    string, and the answer repeats it as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyPresetPlanOrderRequest): New preset take-profit and stop-loss of an
            order.

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
    body: FuturesModifyPresetPlanOrderRequest,
) -> FuturesModifyOrderResponse:
    """Modify the preset take-profit/stop-loss of an order

     Changes the take-profit and stop-loss that were attached ("preset") to an order with
    the `preset_*` fields of `submit_futures_order` or `submit_futures_plan_order`, while
    that order has not been filled or fired: `order_id` names either an opening order
    (side 1 or 4) that still rests, or a plan order that still waits (see NOTES.md). It may
    change the take-profit price and the price it watches (`preset_take_profit_price`,
    `preset_take_profit_price_type`) and the same two for the stop-loss. Nothing else of
    the order changes (use `modify_futures_limit_order` for its price or size). An unknown
    order is refused with 40035, one that has filled, fired or been cancelled with 40036.

    Every field but `symbol` and `order_id` is optional; BitMart does not say whether a
    price left out keeps its current value or is removed, so send both prices when both
    should stay. The price types default to 1 (last price). `order_id` is a numeric
    string, and the answer repeats it as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyPresetPlanOrderRequest): New preset take-profit and stop-loss of an
            order.

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
