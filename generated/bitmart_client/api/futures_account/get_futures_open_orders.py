from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_order_list_response import FuturesOrderListResponse
from ...models.futures_order_open_state_filter import (
    FuturesOrderOpenStateFilter,
)
from ...models.futures_order_type_filter import (
    FuturesOrderTypeFilter,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_open_orders"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    type_: FuturesOrderTypeFilter | Unset = UNSET,
    order_state: FuturesOrderOpenStateFilter | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_order_state: str | Unset = UNSET
    if not isinstance(order_state, Unset):
        json_order_state = order_state

    params["order_state"] = json_order_state

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/get-open-orders",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesOrderListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesOrderListResponse.from_dict, client.parse_options
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
    type_: FuturesOrderTypeFilter | Unset = UNSET,
    order_state: FuturesOrderOpenStateFilter | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[FuturesOrderListResponse]:
    """Open futures orders

     Lists the account's orders that are still working: resting unfilled or partly filled
    (`state` 2). Without `symbol` every contract is covered. `type` narrows the list to
    `limit`, `market` or `trailing` orders; `order_state=partially_filled` keeps only the
    orders that have already traded part of their size. At most `limit` orders (100 at
    most, 100 by default) are returned; there is no paging.

    Each entry carries the `client_order_id` the order was placed with (an empty string when
    none was given), so an order whose placement had an unknown outcome can be found here by
    the id the caller chose. Plan (trigger) orders that have not fired yet are not listed:
    use `get_futures_plan_orders`.

    The order object is shared with `get_futures_order` and `get_futures_order_history`;
    see `FuturesOrder` for the meaning of `side` (hedge versus one-way mode), `state` and
    `type`. Sizes are in contracts; prices, sizes and leverage are decimal strings.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        type_ (FuturesOrderTypeFilter | Unset): The order types `get_futures_open_orders` can
            filter on.
        order_state (FuturesOrderOpenStateFilter | Unset): `all`: every open order;
            `partially_filled`: only the open orders that have partly traded.
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesOrderListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        type_=type_,
        order_state=order_state,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    type_: FuturesOrderTypeFilter | Unset = UNSET,
    order_state: FuturesOrderOpenStateFilter | Unset = UNSET,
    limit: int | Unset = 100,
) -> FuturesOrderListResponse:
    """Open futures orders

     Lists the account's orders that are still working: resting unfilled or partly filled
    (`state` 2). Without `symbol` every contract is covered. `type` narrows the list to
    `limit`, `market` or `trailing` orders; `order_state=partially_filled` keeps only the
    orders that have already traded part of their size. At most `limit` orders (100 at
    most, 100 by default) are returned; there is no paging.

    Each entry carries the `client_order_id` the order was placed with (an empty string when
    none was given), so an order whose placement had an unknown outcome can be found here by
    the id the caller chose. Plan (trigger) orders that have not fired yet are not listed:
    use `get_futures_plan_orders`.

    The order object is shared with `get_futures_order` and `get_futures_order_history`;
    see `FuturesOrder` for the meaning of `side` (hedge versus one-way mode), `state` and
    `type`. Sizes are in contracts; prices, sizes and leverage are decimal strings.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        type_ (FuturesOrderTypeFilter | Unset): The order types `get_futures_open_orders` can
            filter on.
        order_state (FuturesOrderOpenStateFilter | Unset): `all`: every open order;
            `partially_filled`: only the open orders that have partly traded.
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesOrderListResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        type_=type_,
        order_state=order_state,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    type_: FuturesOrderTypeFilter | Unset = UNSET,
    order_state: FuturesOrderOpenStateFilter | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[FuturesOrderListResponse]:
    """Open futures orders

     Lists the account's orders that are still working: resting unfilled or partly filled
    (`state` 2). Without `symbol` every contract is covered. `type` narrows the list to
    `limit`, `market` or `trailing` orders; `order_state=partially_filled` keeps only the
    orders that have already traded part of their size. At most `limit` orders (100 at
    most, 100 by default) are returned; there is no paging.

    Each entry carries the `client_order_id` the order was placed with (an empty string when
    none was given), so an order whose placement had an unknown outcome can be found here by
    the id the caller chose. Plan (trigger) orders that have not fired yet are not listed:
    use `get_futures_plan_orders`.

    The order object is shared with `get_futures_order` and `get_futures_order_history`;
    see `FuturesOrder` for the meaning of `side` (hedge versus one-way mode), `state` and
    `type`. Sizes are in contracts; prices, sizes and leverage are decimal strings.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        type_ (FuturesOrderTypeFilter | Unset): The order types `get_futures_open_orders` can
            filter on.
        order_state (FuturesOrderOpenStateFilter | Unset): `all`: every open order;
            `partially_filled`: only the open orders that have partly traded.
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesOrderListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        type_=type_,
        order_state=order_state,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    type_: FuturesOrderTypeFilter | Unset = UNSET,
    order_state: FuturesOrderOpenStateFilter | Unset = UNSET,
    limit: int | Unset = 100,
) -> FuturesOrderListResponse:
    """Open futures orders

     Lists the account's orders that are still working: resting unfilled or partly filled
    (`state` 2). Without `symbol` every contract is covered. `type` narrows the list to
    `limit`, `market` or `trailing` orders; `order_state=partially_filled` keeps only the
    orders that have already traded part of their size. At most `limit` orders (100 at
    most, 100 by default) are returned; there is no paging.

    Each entry carries the `client_order_id` the order was placed with (an empty string when
    none was given), so an order whose placement had an unknown outcome can be found here by
    the id the caller chose. Plan (trigger) orders that have not fired yet are not listed:
    use `get_futures_plan_orders`.

    The order object is shared with `get_futures_order` and `get_futures_order_history`;
    see `FuturesOrder` for the meaning of `side` (hedge versus one-way mode), `state` and
    `type`. Sizes are in contracts; prices, sizes and leverage are decimal strings.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        type_ (FuturesOrderTypeFilter | Unset): The order types `get_futures_open_orders` can
            filter on.
        order_state (FuturesOrderOpenStateFilter | Unset): `all`: every open order;
            `partially_filled`: only the open orders that have partly traded.
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesOrderListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            type_=type_,
            order_state=order_state,
            limit=limit,
        )
    ).parsed
