from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_order_account import (
    FuturesOrderAccount,
)
from ...models.futures_position_list_response import FuturesPositionListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_positions"


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
        "url": "/contract/private/position",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesPositionListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesPositionListResponse.from_dict,
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
) -> Response[FuturesPositionListResponse]:
    """Futures positions

     Lists the account's positions with size, prices, margin and PnL. In hedge mode a
    contract can have a long and a short position (`position_type` 1 and 2); in one-way mode
    at most one. Amounts are in contracts; values and PnL in the settlement currency.
    `margin_type` is capitalised here (`Cross`, `Isolated`), unlike `open_type` elsewhere.

    `get_futures_positions_v2` adds the liquidation price, initial margin and the signed
    one-way amount and is the better choice for new code.

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
        Response[FuturesPositionListResponse]
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
) -> FuturesPositionListResponse:
    """Futures positions

     Lists the account's positions with size, prices, margin and PnL. In hedge mode a
    contract can have a long and a short position (`position_type` 1 and 2); in one-way mode
    at most one. Amounts are in contracts; values and PnL in the settlement currency.
    `margin_type` is capitalised here (`Cross`, `Isolated`), unlike `open_type` elsewhere.

    `get_futures_positions_v2` adds the liquidation price, initial margin and the signed
    one-way amount and is the better choice for new code.

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
        FuturesPositionListResponse
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
) -> Response[FuturesPositionListResponse]:
    """Futures positions

     Lists the account's positions with size, prices, margin and PnL. In hedge mode a
    contract can have a long and a short position (`position_type` 1 and 2); in one-way mode
    at most one. Amounts are in contracts; values and PnL in the settlement currency.
    `margin_type` is capitalised here (`Cross`, `Isolated`), unlike `open_type` elsewhere.

    `get_futures_positions_v2` adds the liquidation price, initial margin and the signed
    one-way amount and is the better choice for new code.

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
        Response[FuturesPositionListResponse]
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
) -> FuturesPositionListResponse:
    """Futures positions

     Lists the account's positions with size, prices, margin and PnL. In hedge mode a
    contract can have a long and a short position (`position_type` 1 and 2); in one-way mode
    at most one. Amounts are in contracts; values and PnL in the settlement currency.
    `margin_type` is capitalised here (`Cross`, `Isolated`), unlike `open_type` elsewhere.

    `get_futures_positions_v2` adds the liquidation price, initial margin and the signed
    one-way amount and is the better choice for new code.

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
        FuturesPositionListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            account=account,
        )
    ).parsed
