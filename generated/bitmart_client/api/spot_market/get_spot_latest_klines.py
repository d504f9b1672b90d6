from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_kline_step import SpotKlineStep
from ...models.spot_klines_response import SpotKlinesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_spot_latest_klines"


def _get_kwargs(
    *,
    symbol: str,
    before: int | Unset = UNSET,
    after: int | Unset = UNSET,
    step: SpotKlineStep | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["before"] = before

    params["after"] = after

    json_step: int | Unset = UNSET
    if not isinstance(step, Unset):
        json_step = step

    params["step"] = json_step

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/quotation/v3/lite-klines",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotKlinesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotKlinesResponse.from_dict, client.parse_options
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
    before: int | Unset = UNSET,
    after: int | Unset = UNSET,
    step: SpotKlineStep | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[SpotKlinesResponse]:
    """Latest K-lines

     Returns recent candles of one trading pair, each a 7-element string array
    `[t, o, h, l, c, v, qv]` where `t` is the candle's open time in **seconds**.

    `before` and `after` are Unix **seconds**. With only `before`, candles before it are
    returned; with only `after`, candles after it; with both, the candles between them;
    with neither, the latest `limit` candles. Candles are in ascending time order.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        before (int | Unset): Unix time in seconds.
        after (int | Unset): Unix time in seconds.
        step (SpotKlineStep | Unset): Candle length in minutes (1 minute to 30 days).
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotKlinesResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        before=before,
        after=after,
        step=step,
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
    before: int | Unset = UNSET,
    after: int | Unset = UNSET,
    step: SpotKlineStep | Unset = UNSET,
    limit: int | Unset = 100,
) -> SpotKlinesResponse:
    """Latest K-lines

     Returns recent candles of one trading pair, each a 7-element string array
    `[t, o, h, l, c, v, qv]` where `t` is the candle's open time in **seconds**.

    `before` and `after` are Unix **seconds**. With only `before`, candles before it are
    returned; with only `after`, candles after it; with both, the candles between them;
    with neither, the latest `limit` candles. Candles are in ascending time order.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        before (int | Unset): Unix time in seconds.
        after (int | Unset): Unix time in seconds.
        step (SpotKlineStep | Unset): Candle length in minutes (1 minute to 30 days).
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotKlinesResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        before=before,
        after=after,
        step=step,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    before: int | Unset = UNSET,
    after: int | Unset = UNSET,
    step: SpotKlineStep | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[SpotKlinesResponse]:
    """Latest K-lines

     Returns recent candles of one trading pair, each a 7-element string array
    `[t, o, h, l, c, v, qv]` where `t` is the candle's open time in **seconds**.

    `before` and `after` are Unix **seconds**. With only `before`, candles before it are
    returned; with only `after`, candles after it; with both, the candles between them;
    with neither, the latest `limit` candles. Candles are in ascending time order.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        before (int | Unset): Unix time in seconds.
        after (int | Unset): Unix time in seconds.
        step (SpotKlineStep | Unset): Candle length in minutes (1 minute to 30 days).
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotKlinesResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        before=before,
        after=after,
        step=step,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
    before: int | Unset = UNSET,
    after: int | Unset = UNSET,
    step: SpotKlineStep | Unset = UNSET,
    limit: int | Unset = 100,
) -> SpotKlinesResponse:
    """Latest K-lines

     Returns recent candles of one trading pair, each a 7-element string array
    `[t, o, h, l, c, v, qv]` where `t` is the candle's open time in **seconds**.

    `before` and `after` are Unix **seconds**. With only `before`, candles before it are
    returned; with only `after`, candles after it; with both, the candles between them;
    with neither, the latest `limit` candles. Candles are in ascending time order.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        before (int | Unset): Unix time in seconds.
        after (int | Unset): Unix time in seconds.
        step (SpotKlineStep | Unset): Candle length in minutes (1 minute to 30 days).
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotKlinesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            before=before,
            after=after,
            step=step,
            limit=limit,
        )
    ).parsed
