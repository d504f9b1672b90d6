from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_order_account import (
    FuturesOrderAccount,
)
from ...models.futures_position_v2_list_response import FuturesPositionV2ListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_positions_v2"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_account: str | Unset = UNSET
    if not isinstance(account, Unset):
        json_account = account

    params["account"] = json_account

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/position-v2",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesPositionV2ListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesPositionV2ListResponse.from_dict,
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
    account: FuturesOrderAccount | Unset = UNSET,
) -> Response[FuturesPositionV2ListResponse]:
    """Futures positions (V2)

     Lists positions with the liquidation price, initial margin and maximum notional value at
    the current leverage. Without `symbol` only contracts where a position is held are
    returned; with `symbol` that contract is always returned, its position fields zero when
    nothing is held. Test `current_amount` (never negative) against zero to know whether a
    position exists.

    `position_side` is `long` or `short` in hedge mode (one row each) and `both` in one-way
    mode, where `position_amount` carries the direction: positive long, negative short (in
    hedge mode it is always positive).

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesPositionV2ListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        account=account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
) -> FuturesPositionV2ListResponse:
    """Futures positions (V2)

     Lists positions with the liquidation price, initial margin and maximum notional value at
    the current leverage. Without `symbol` only contracts where a position is held are
    returned; with `symbol` that contract is always returned, its position fields zero when
    nothing is held. Test `current_amount` (never negative) against zero to know whether a
    position exists.

    `position_side` is `long` or `short` in hedge mode (one row each) and `both` in one-way
    mode, where `position_amount` carries the direction: positive long, negative short (in
    hedge mode it is always positive).

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesPositionV2ListResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        account=account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
) -> Response[FuturesPositionV2ListResponse]:
    """Futures positions (V2)

     Lists positions with the liquidation price, initial margin and maximum notional value at
    the current leverage. Without `symbol` only contracts where a position is held are
    returned; with `symbol` that contract is always returned, its position fields zero when
    nothing is held. Test `current_amount` (never negative) against zero to know whether a
    position exists.

    `position_side` is `long` or `short` in hedge mode (one row each) and `both` in one-way
    mode, where `position_amount` carries the direction: positive long, negative short (in
    hedge mode it is always positive).

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesPositionV2ListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        account=account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
) -> FuturesPositionV2ListResponse:
    """Futures positions (V2)

     Lists positions with the liquidation price, initial margin and maximum notional value at
    the current leverage. Without `symbol` only contracts where a position is held are
    returned; with `symbol` that contract is always returned, its position fields zero when
    nothing is held. Test `current_amount` (never negative) against zero to know whether a
    position exists.

    `position_side` is `long` or `short` in hedge mode (one row each) and `both` in one-way
    mode, where `position_amount` carries the direction: positive long, negative short (in
    hedge mode it is always positive).

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesPositionV2ListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            account=account,
        )
    ).parsed
