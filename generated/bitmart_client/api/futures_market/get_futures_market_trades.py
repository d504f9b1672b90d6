from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_market_trades_response import FuturesMarketTradesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_market_trades"


def _get_kwargs(
    *,
    symbol: str,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/public/market-trade",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesMarketTradesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesMarketTradesResponse.from_dict,
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
    client: AuthenticatedClient | Client,
    symbol: str,
    limit: int | Unset = 50,
) -> Response[FuturesMarketTradesResponse]:
    """Recent trades

     Returns the latest public trades of one contract, newest first (50 by default, at
    most 100). Each trade is an object; `time` is in **seconds**, not milliseconds.
    `qty` is the size in the **base currency** (e.g. BTC), not in contracts, and
    `quote_qty` its value in the quote currency (`price` x `qty`). `is_buyer_maker` is
    true when the buyer's order was resting in the book, i.e. the taker sold.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        limit (int | Unset):  Default: 50.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesMarketTradesResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    limit: int | Unset = 50,
) -> FuturesMarketTradesResponse:
    """Recent trades

     Returns the latest public trades of one contract, newest first (50 by default, at
    most 100). Each trade is an object; `time` is in **seconds**, not milliseconds.
    `qty` is the size in the **base currency** (e.g. BTC), not in contracts, and
    `quote_qty` its value in the quote currency (`price` x `qty`). `is_buyer_maker` is
    true when the buyer's order was resting in the book, i.e. the taker sold.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        limit (int | Unset):  Default: 50.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesMarketTradesResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    limit: int | Unset = 50,
) -> Response[FuturesMarketTradesResponse]:
    """Recent trades

     Returns the latest public trades of one contract, newest first (50 by default, at
    most 100). Each trade is an object; `time` is in **seconds**, not milliseconds.
    `qty` is the size in the **base currency** (e.g. BTC), not in contracts, and
    `quote_qty` its value in the quote currency (`price` x `qty`). `is_buyer_maker` is
    true when the buyer's order was resting in the book, i.e. the taker sold.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        limit (int | Unset):  Default: 50.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesMarketTradesResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    limit: int | Unset = 50,
) -> FuturesMarketTradesResponse:
    """Recent trades

     Returns the latest public trades of one contract, newest first (50 by default, at
    most 100). Each trade is an object; `time` is in **seconds**, not milliseconds.
    `qty` is the size in the **base currency** (e.g. BTC), not in contracts, and
    `quote_qty` its value in the quote currency (`price` x `qty`). `is_buyer_maker` is
    true when the buyer's order was resting in the book, i.e. the taker sold.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        limit (int | Unset):  Default: 50.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesMarketTradesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            limit=limit,
        )
    ).parsed
