from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_modify_order_response import FuturesModifyOrderResponse
from ...models.futures_modify_plan_order_request import FuturesModifyPlanOrderRequest
from ...types import Response

OPERATION_ID = "modify_futures_plan_order"


def _get_kwargs(
    *,
    body: FuturesModifyPlanOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/modify-plan-order",
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
    body: FuturesModifyPlanOrderRequest,
) -> Response[FuturesModifyOrderResponse]:
    """Modify a plan order

     Changes a plan order that has not fired yet. It may change the trigger (`trigger_price`
    and which price it watches, `price_type`) and what is placed when it fires (`type`
    `limit` at `executive_price`, or `market`). All of `trigger_price`, `price_type` and
    `type` must be sent, even when unchanged; `executive_price` is required when `type` is
    `limit`. The size, side, leverage, open type and direction (`price_way`) cannot be
    changed: cancel the plan and place a new one.

    Identify the plan with `order_id` (a numeric string). BitMart lists it as optional, but
    the `client_order_id` alternative was removed on 2024-11-28, so in practice it is
    needed. The answer repeats the id as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyPlanOrderRequest): The new trigger and execution of a plan order.
            `executive_price` is required when
            `type` is `limit`.

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
    body: FuturesModifyPlanOrderRequest,
) -> FuturesModifyOrderResponse:
    """Modify a plan order

     Changes a plan order that has not fired yet. It may change the trigger (`trigger_price`
    and which price it watches, `price_type`) and what is placed when it fires (`type`
    `limit` at `executive_price`, or `market`). All of `trigger_price`, `price_type` and
    `type` must be sent, even when unchanged; `executive_price` is required when `type` is
    `limit`. The size, side, leverage, open type and direction (`price_way`) cannot be
    changed: cancel the plan and place a new one.

    Identify the plan with `order_id` (a numeric string). BitMart lists it as optional, but
    the `client_order_id` alternative was removed on 2024-11-28, so in practice it is
    needed. The answer repeats the id as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyPlanOrderRequest): The new trigger and execution of a plan order.
            `executive_price` is required when
            `type` is `limit`.

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
    body: FuturesModifyPlanOrderRequest,
) -> Response[FuturesModifyOrderResponse]:
    """Modify a plan order

     Changes a plan order that has not fired yet. It may change the trigger (`trigger_price`
    and which price it watches, `price_type`) and what is placed when it fires (`type`
    `limit` at `executive_price`, or `market`). All of `trigger_price`, `price_type` and
    `type` must be sent, even when unchanged; `executive_price` is required when `type` is
    `limit`. The size, side, leverage, open type and direction (`price_way`) cannot be
    changed: cancel the plan and place a new one.

    Identify the plan with `order_id` (a numeric string). BitMart lists it as optional, but
    the `client_order_id` alternative was removed on 2024-11-28, so in practice it is
    needed. The answer repeats the id as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyPlanOrderRequest): The new trigger and execution of a plan order.
            `executive_price` is required when
            `type` is `limit`.

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
    body: FuturesModifyPlanOrderRequest,
) -> FuturesModifyOrderResponse:
    """Modify a plan order

     Changes a plan order that has not fired yet. It may change the trigger (`trigger_price`
    and which price it watches, `price_type`) and what is placed when it fires (`type`
    `limit` at `executive_price`, or `market`). All of `trigger_price`, `price_type` and
    `type` must be sent, even when unchanged; `executive_price` is required when `type` is
    `limit`. The size, side, leverage, open type and direction (`price_way`) cannot be
    changed: cancel the plan and place a new one.

    Identify the plan with `order_id` (a numeric string). BitMart lists it as optional, but
    the `client_order_id` alternative was removed on 2024-11-28, so in practice it is
    needed. The answer repeats the id as a string.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesModifyPlanOrderRequest): The new trigger and execution of a plan order.
            `executive_price` is required when
            `type` is `limit`.

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
