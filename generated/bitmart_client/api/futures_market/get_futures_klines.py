from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_kline_step import FuturesKlineStep
from ...models.futures_klines_response import FuturesKlinesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_klines"


def _get_kwargs(
    *,
    symbol: str,
    step: FuturesKlineStep | Unset = UNSET,
    start_time: int,
    end_time: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_step: int | Unset = UNSET
    if not isinstance(step, Unset):
        json_step = step

    params["step"] = json_step

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/public/kline",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesKlinesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesKlinesResponse.from_dict, client.parse_options
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
    step: FuturesKlineStep | Unset = UNSET,
    start_time: int,
    end_time: int,
) -> Response[FuturesKlinesResponse]:
    """K-lines

     Returns the candles of one contract's last traded price between `start_time` and
    `end_time`, oldest first. Unlike spot candles, each candle is an **object**
    (`timestamp`, `open_price`, `high_price`, `low_price`, `close_price`, `volume`), not a
    positional array.

    **Units.** `start_time` and `end_time` are Unix **seconds** (both required), and each
    candle's `timestamp`, its open time, is also in **seconds**, unlike most futures
    times. Prices and `volume` are decimal strings; `volume` is the traded volume in
    contracts (BitMart's field table calls it turnover).

    `step` is the candle length in minutes, one of 1, 3, 5, 15, 30, 60, 120, 240, 360,
    720, 1440, 4320 or 10080; another value is rejected with 40038. At most 500 candles
    are returned per request, so split longer ranges into several requests.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        step (FuturesKlineStep | Unset): Candle length in minutes (1 minute to 1 week); other
            values are rejected with 40038.
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesKlinesResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        step=step,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    step: FuturesKlineStep | Unset = UNSET,
    start_time: int,
    end_time: int,
) -> FuturesKlinesResponse:
    """K-lines

     Returns the candles of one contract's last traded price between `start_time` and
    `end_time`, oldest first. Unlike spot candles, each candle is an **object**
    (`timestamp`, `open_price`, `high_price`, `low_price`, `close_price`, `volume`), not a
    positional array.

    **Units.** `start_time` and `end_time` are Unix **seconds** (both required), and each
    candle's `timestamp`, its open time, is also in **seconds**, unlike most futures
    times. Prices and `volume` are decimal strings; `volume` is the traded volume in
    contracts (BitMart's field table calls it turnover).

    `step` is the candle length in minutes, one of 1, 3, 5, 15, 30, 60, 120, 240, 360,
    720, 1440, 4320 or 10080; another value is rejected with 40038. At most 500 candles
    are returned per request, so split longer ranges into several requests.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        step (FuturesKlineStep | Unset): Candle length in minutes (1 minute to 1 week); other
            values are rejected with 40038.
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesKlinesResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        step=step,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    step: FuturesKlineStep | Unset = UNSET,
    start_time: int,
    end_time: int,
) -> Response[FuturesKlinesResponse]:
    """K-lines

     Returns the candles of one contract's last traded price between `start_time` and
    `end_time`, oldest first. Unlike spot candles, each candle is an **object**
    (`timestamp`, `open_price`, `high_price`, `low_price`, `close_price`, `volume`), not a
    positional array.

    **Units.** `start_time` and `end_time` are Unix **seconds** (both required), and each
    candle's `timestamp`, its open time, is also in **seconds**, unlike most futures
    times. Prices and `volume` are decimal strings; `volume` is the traded volume in
    contracts (BitMart's field table calls it turnover).

    `step` is the candle length in minutes, one of 1, 3, 5, 15, 30, 60, 120, 240, 360,
    720, 1440, 4320 or 10080; another value is rejected with 40038. At most 500 candles
    are returned per request, so split longer ranges into several requests.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        step (FuturesKlineStep | Unset): Candle length in minutes (1 minute to 1 week); other
            values are rejected with 40038.
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesKlinesResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        step=step,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    step: FuturesKlineStep | Unset = UNSET,
    start_time: int,
    end_time: int,
) -> FuturesKlinesResponse:
    """K-lines

     Returns the candles of one contract's last traded price between `start_time` and
    `end_time`, oldest first. Unlike spot candles, each candle is an **object**
    (`timestamp`, `open_price`, `high_price`, `low_price`, `close_price`, `volume`), not a
    positional array.

    **Units.** `start_time` and `end_time` are Unix **seconds** (both required), and each
    candle's `timestamp`, its open time, is also in **seconds**, unlike most futures
    times. Prices and `volume` are decimal strings; `volume` is the traded volume in
    contracts (BitMart's field table calls it turnover).

    `step` is the candle length in minutes, one of 1, 3, 5, 15, 30, 60, 120, 240, 360,
    720, 1440, 4320 or 10080; another value is rejected with 40038. At most 500 candles
    are returned per request, so split longer ranges into several requests.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        step (FuturesKlineStep | Unset): Candle length in minutes (1 minute to 1 week); other
            values are rejected with 40038.
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesKlinesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            step=step,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
