from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_plan_order_execution_filter import (
    FuturesPlanOrderExecutionFilter,
)
from ...models.futures_plan_order_list_response import FuturesPlanOrderListResponse
from ...models.futures_plan_order_plan_type import (
    FuturesPlanOrderPlanType,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_plan_orders"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    type_: FuturesPlanOrderExecutionFilter | Unset = UNSET,
    limit: int | Unset = 100,
    plan_type: FuturesPlanOrderPlanType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["limit"] = limit

    json_plan_type: str | Unset = UNSET
    if not isinstance(plan_type, Unset):
        json_plan_type = plan_type

    params["plan_type"] = json_plan_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/current-plan-order",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesPlanOrderListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesPlanOrderListResponse.from_dict,
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
    symbol: str | Unset = UNSET,
    type_: FuturesPlanOrderExecutionFilter | Unset = UNSET,
    limit: int | Unset = 100,
    plan_type: FuturesPlanOrderPlanType | Unset = UNSET,
) -> Response[FuturesPlanOrderListResponse]:
    """Pending futures plan and TP/SL orders

     Lists the plan (trigger) orders and take-profit/stop-loss orders that are waiting for
    their trigger. `plan_type=plan` keeps only plan orders, `profit_loss` only TP/SL orders;
    `type` keeps only orders that will execute as `limit` or `market`. At most `limit`
    orders (100 at most, 100 by default) are returned.

    `price_way` 1 fires when the price rises to `trigger_price`, 2 when it falls to it;
    `price_type` says which price is watched (1 last, 2 mark). `executive_price` is the
    limit price used once triggered (`0` for market execution). `mode` is the time in force
    of the order that will be created (1 GTC, 2 FOK, 3 IOC, 4 maker only).

    The documentation gives `state` as 1 (approval) or 2 (pending) while its example shows
    4, and BitMart's skills example shows the text `active`; this document accepts all
    three forms. Likewise `type` is documented as `plan`, `take_profit` or `stop_loss`, but
    the skills example shows `market`.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        type_ (FuturesPlanOrderExecutionFilter | Unset): How a plan order executes once triggered,
            as a filter.
        limit (int | Unset):  Default: 100.
        plan_type (FuturesPlanOrderPlanType | Unset): `plan`: plan (trigger) orders;
            `profit_loss`: take-profit and stop-loss orders.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesPlanOrderListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        type_=type_,
        limit=limit,
        plan_type=plan_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    type_: FuturesPlanOrderExecutionFilter | Unset = UNSET,
    limit: int | Unset = 100,
    plan_type: FuturesPlanOrderPlanType | Unset = UNSET,
) -> FuturesPlanOrderListResponse:
    """Pending futures plan and TP/SL orders

     Lists the plan (trigger) orders and take-profit/stop-loss orders that are waiting for
    their trigger. `plan_type=plan` keeps only plan orders, `profit_loss` only TP/SL orders;
    `type` keeps only orders that will execute as `limit` or `market`. At most `limit`
    orders (100 at most, 100 by default) are returned.

    `price_way` 1 fires when the price rises to `trigger_price`, 2 when it falls to it;
    `price_type` says which price is watched (1 last, 2 mark). `executive_price` is the
    limit price used once triggered (`0` for market execution). `mode` is the time in force
    of the order that will be created (1 GTC, 2 FOK, 3 IOC, 4 maker only).

    The documentation gives `state` as 1 (approval) or 2 (pending) while its example shows
    4, and BitMart's skills example shows the text `active`; this document accepts all
    three forms. Likewise `type` is documented as `plan`, `take_profit` or `stop_loss`, but
    the skills example shows `market`.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        type_ (FuturesPlanOrderExecutionFilter | Unset): How a plan order executes once triggered,
            as a filter.
        limit (int | Unset):  Default: 100.
        plan_type (FuturesPlanOrderPlanType | Unset): `plan`: plan (trigger) orders;
            `profit_loss`: take-profit and stop-loss orders.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesPlanOrderListResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        type_=type_,
        limit=limit,
        plan_type=plan_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    type_: FuturesPlanOrderExecutionFilter | Unset = UNSET,
    limit: int | Unset = 100,
    plan_type: FuturesPlanOrderPlanType | Unset = UNSET,
) -> Response[FuturesPlanOrderListResponse]:
    """Pending futures plan and TP/SL orders

     Lists the plan (trigger) orders and take-profit/stop-loss orders that are waiting for
    their trigger. `plan_type=plan` keeps only plan orders, `profit_loss` only TP/SL orders;
    `type` keeps only orders that will execute as `limit` or `market`. At most `limit`
    orders (100 at most, 100 by default) are returned.

    `price_way` 1 fires when the price rises to `trigger_price`, 2 when it falls to it;
    `price_type` says which price is watched (1 last, 2 mark). `executive_price` is the
    limit price used once triggered (`0` for market execution). `mode` is the time in force
    of the order that will be created (1 GTC, 2 FOK, 3 IOC, 4 maker only).

    The documentation gives `state` as 1 (approval) or 2 (pending) while its example shows
    4, and BitMart's skills example shows the text `active`; this document accepts all
    three forms. Likewise `type` is documented as `plan`, `take_profit` or `stop_loss`, but
    the skills example shows `market`.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        type_ (FuturesPlanOrderExecutionFilter | Unset): How a plan order executes once triggered,
            as a filter.
        limit (int | Unset):  Default: 100.
        plan_type (FuturesPlanOrderPlanType | Unset): `plan`: plan (trigger) orders;
            `profit_loss`: take-profit and stop-loss orders.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesPlanOrderListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        type_=type_,
        limit=limit,
        plan_type=plan_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    type_: FuturesPlanOrderExecutionFilter | Unset = UNSET,
    limit: int | Unset = 100,
    plan_type: FuturesPlanOrderPlanType | Unset = UNSET,
) -> FuturesPlanOrderListResponse:
    """Pending futures plan and TP/SL orders

     Lists the plan (trigger) orders and take-profit/stop-loss orders that are waiting for
    their trigger. `plan_type=plan` keeps only plan orders, `profit_loss` only TP/SL orders;
    `type` keeps only orders that will execute as `limit` or `market`. At most `limit`
    orders (100 at most, 100 by default) are returned.

    `price_way` 1 fires when the price rises to `trigger_price`, 2 when it falls to it;
    `price_type` says which price is watched (1 last, 2 mark). `executive_price` is the
    limit price used once triggered (`0` for market execution). `mode` is the time in force
    of the order that will be created (1 GTC, 2 FOK, 3 IOC, 4 maker only).

    The documentation gives `state` as 1 (approval) or 2 (pending) while its example shows
    4, and BitMart's skills example shows the text `active`; this document accepts all
    three forms. Likewise `type` is documented as `plan`, `take_profit` or `stop_loss`, but
    the skills example shows `market`.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        type_ (FuturesPlanOrderExecutionFilter | Unset): How a plan order executes once triggered,
            as a filter.
        limit (int | Unset):  Default: 100.
        plan_type (FuturesPlanOrderPlanType | Unset): `plan`: plan (trigger) orders;
            `profit_loss`: take-profit and stop-loss orders.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesPlanOrderListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            type_=type_,
            limit=limit,
            plan_type=plan_type,
        )
    ).parsed
