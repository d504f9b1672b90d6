from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_order_account import (
    FuturesOrderAccount,
)
from ...models.futures_trade_list_response import FuturesTradeListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_trades"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    order_id: int | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_account: str | Unset = UNSET
    if not isinstance(account, Unset):
        json_account = account

    params["account"] = json_account

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["order_id"] = order_id

    params["client_order_id"] = client_order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/trades",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesTradeListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesTradeListResponse.from_dict, client.parse_options
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
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    order_id: int | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
) -> Response[FuturesTradeListResponse]:
    """Futures fills

     Lists the account's fills (executions), one entry per trade, with price, volume in
    contracts, maker/taker role, fee and realised profit. Fills of limit, market,
    liquidation, bankruptcy, ADL and trailing orders are included. `symbol` is optional
    (since 2025-09); `order_id` or `client_order_id` restrict the list to one order's fills
    (since 2025-12).

    **Time range in seconds.** `start_time` and `end_time` are Unix times in **seconds**.
    Without them the last 7 days are returned; when given, `end_time` must be later than
    `start_time` and the span may not exceed 90 days. At most 200 fills come back with no
    paging; narrow the window to see more.

    `paid_fees` is the fee of the fill in the settlement currency; `realised_profit` is the
    profit or loss the fill realised when it reduced a position (signed).

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        order_id (int | Unset):
        client_order_id (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTradeListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        account=account,
        start_time=start_time,
        end_time=end_time,
        order_id=order_id,
        client_order_id=client_order_id,
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
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    order_id: int | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
) -> FuturesTradeListResponse:
    """Futures fills

     Lists the account's fills (executions), one entry per trade, with price, volume in
    contracts, maker/taker role, fee and realised profit. Fills of limit, market,
    liquidation, bankruptcy, ADL and trailing orders are included. `symbol` is optional
    (since 2025-09); `order_id` or `client_order_id` restrict the list to one order's fills
    (since 2025-12).

    **Time range in seconds.** `start_time` and `end_time` are Unix times in **seconds**.
    Without them the last 7 days are returned; when given, `end_time` must be later than
    `start_time` and the span may not exceed 90 days. At most 200 fills come back with no
    paging; narrow the window to see more.

    `paid_fees` is the fee of the fill in the settlement currency; `realised_profit` is the
    profit or loss the fill realised when it reduced a position (signed).

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        order_id (int | Unset):
        client_order_id (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTradeListResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        account=account,
        start_time=start_time,
        end_time=end_time,
        order_id=order_id,
        client_order_id=client_order_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    order_id: int | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
) -> Response[FuturesTradeListResponse]:
    """Futures fills

     Lists the account's fills (executions), one entry per trade, with price, volume in
    contracts, maker/taker role, fee and realised profit. Fills of limit, market,
    liquidation, bankruptcy, ADL and trailing orders are included. `symbol` is optional
    (since 2025-09); `order_id` or `client_order_id` restrict the list to one order's fills
    (since 2025-12).

    **Time range in seconds.** `start_time` and `end_time` are Unix times in **seconds**.
    Without them the last 7 days are returned; when given, `end_time` must be later than
    `start_time` and the span may not exceed 90 days. At most 200 fills come back with no
    paging; narrow the window to see more.

    `paid_fees` is the fee of the fill in the settlement currency; `realised_profit` is the
    profit or loss the fill realised when it reduced a position (signed).

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        order_id (int | Unset):
        client_order_id (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTradeListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        account=account,
        start_time=start_time,
        end_time=end_time,
        order_id=order_id,
        client_order_id=client_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    order_id: int | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
) -> FuturesTradeListResponse:
    """Futures fills

     Lists the account's fills (executions), one entry per trade, with price, volume in
    contracts, maker/taker role, fee and realised profit. Fills of limit, market,
    liquidation, bankruptcy, ADL and trailing orders are included. `symbol` is optional
    (since 2025-09); `order_id` or `client_order_id` restrict the list to one order's fills
    (since 2025-12).

    **Time range in seconds.** `start_time` and `end_time` are Unix times in **seconds**.
    Without them the last 7 days are returned; when given, `end_time` must be later than
    `start_time` and the span may not exceed 90 days. At most 200 fills come back with no
    paging; narrow the window to see more.

    `paid_fees` is the fee of the fill in the settlement currency; `realised_profit` is the
    profit or loss the fill realised when it reduced a position (signed).

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.
        order_id (int | Unset):
        client_order_id (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTradeListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            account=account,
            start_time=start_time,
            end_time=end_time,
            order_id=order_id,
            client_order_id=client_order_id,
        )
    ).parsed
