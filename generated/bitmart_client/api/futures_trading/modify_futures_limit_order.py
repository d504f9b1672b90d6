from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_modify_limit_order_request import FuturesModifyLimitOrderRequest
from ...models.futures_modify_limit_order_response import (
    FuturesModifyLimitOrderResponse,
)
from ...types import Response

OPERATION_ID = "modify_futures_limit_order"


def _get_kwargs(
    *,
    body: FuturesModifyLimitOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/modify-limit-order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesModifyLimitOrderResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesModifyLimitOrderResponse.from_dict,
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
    body: FuturesModifyLimitOrderRequest,
) -> Response[FuturesModifyLimitOrderResponse]:
    """Change the price or size of a limit order

     Changes an open limit order in place: its `price`, its `size` (contracts), or both. At
    least one of the two must be sent. Everything else (side, leverage, mode, preset
    take-profit/stop-loss) stays as it is; cancel and place again to change those, or use
    `modify_futures_preset_plan_order` for the preset prices.

    Identify the order with `order_id` or `client_order_id` (one of the two is required).
    Unlike the other operations of this area, `order_id` is sent as a JSON **number** here,
    and it also comes back as a number.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyLimitOrderRequest): New price and/or size of an open limit order. One
            of `order_id` and `client_order_id`
            is required, and one of `price` and `size`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesModifyLimitOrderResponse]
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
    body: FuturesModifyLimitOrderRequest,
) -> FuturesModifyLimitOrderResponse:
    """Change the price or size of a limit order

     Changes an open limit order in place: its `price`, its `size` (contracts), or both. At
    least one of the two must be sent. Everything else (side, leverage, mode, preset
    take-profit/stop-loss) stays as it is; cancel and place again to change those, or use
    `modify_futures_preset_plan_order` for the preset prices.

    Identify the order with `order_id` or `client_order_id` (one of the two is required).
    Unlike the other operations of this area, `order_id` is sent as a JSON **number** here,
    and it also comes back as a number.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyLimitOrderRequest): New price and/or size of an open limit order. One
            of `order_id` and `client_order_id`
            is required, and one of `price` and `size`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesModifyLimitOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesModifyLimitOrderRequest,
) -> Response[FuturesModifyLimitOrderResponse]:
    """Change the price or size of a limit order

     Changes an open limit order in place: its `price`, its `size` (contracts), or both. At
    least one of the two must be sent. Everything else (side, leverage, mode, preset
    take-profit/stop-loss) stays as it is; cancel and place again to change those, or use
    `modify_futures_preset_plan_order` for the preset prices.

    Identify the order with `order_id` or `client_order_id` (one of the two is required).
    Unlike the other operations of this area, `order_id` is sent as a JSON **number** here,
    and it also comes back as a number.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyLimitOrderRequest): New price and/or size of an open limit order. One
            of `order_id` and `client_order_id`
            is required, and one of `price` and `size`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesModifyLimitOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesModifyLimitOrderRequest,
) -> FuturesModifyLimitOrderResponse:
    """Change the price or size of a limit order

     Changes an open limit order in place: its `price`, its `size` (contracts), or both. At
    least one of the two must be sent. Everything else (side, leverage, mode, preset
    take-profit/stop-loss) stays as it is; cancel and place again to change those, or use
    `modify_futures_preset_plan_order` for the preset prices.

    Identify the order with `order_id` or `client_order_id` (one of the two is required).
    Unlike the other operations of this area, `order_id` is sent as a JSON **number** here,
    and it also comes back as a number.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyLimitOrderRequest): New price and/or size of an open limit order. One
            of `order_id` and `client_order_id`
            is required, and one of `price` and `size`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesModifyLimitOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
