from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_leverage_brackets_response import FuturesLeverageBracketsResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_leverage_brackets"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/public/leverage-bracket",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesLeverageBracketsResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesLeverageBracketsResponse.from_dict,
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
    symbol: str | Unset = UNSET,
) -> Response[FuturesLeverageBracketsResponse]:
    """Leverage brackets (risk limits)

     Returns the risk-limit brackets of one contract, or of every contract when `symbol`
    is omitted. Each bracket covers a range of position notional value
    (`notional_floor` to `notional_cap`, in the quote currency) and gives the highest
    leverage allowed in it (`initial_leverage`, a JSON integer), the maintenance margin
    ratio and `cum`, the amount subtracted when computing maintenance margin
    (notional x ratio - `cum`). Brackets are numbered from 1, the smallest positions and
    the highest leverage.

    A leverage above what the position's bracket allows is rejected when set or ordered.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesLeverageBracketsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> FuturesLeverageBracketsResponse:
    """Leverage brackets (risk limits)

     Returns the risk-limit brackets of one contract, or of every contract when `symbol`
    is omitted. Each bracket covers a range of position notional value
    (`notional_floor` to `notional_cap`, in the quote currency) and gives the highest
    leverage allowed in it (`initial_leverage`, a JSON integer), the maintenance margin
    ratio and `cum`, the amount subtracted when computing maintenance margin
    (notional x ratio - `cum`). Brackets are numbered from 1, the smallest positions and
    the highest leverage.

    A leverage above what the position's bracket allows is rejected when set or ordered.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesLeverageBracketsResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> Response[FuturesLeverageBracketsResponse]:
    """Leverage brackets (risk limits)

     Returns the risk-limit brackets of one contract, or of every contract when `symbol`
    is omitted. Each bracket covers a range of position notional value
    (`notional_floor` to `notional_cap`, in the quote currency) and gives the highest
    leverage allowed in it (`initial_leverage`, a JSON integer), the maintenance margin
    ratio and `cum`, the amount subtracted when computing maintenance margin
    (notional x ratio - `cum`). Brackets are numbered from 1, the smallest positions and
    the highest leverage.

    A leverage above what the position's bracket allows is rejected when set or ordered.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesLeverageBracketsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> FuturesLeverageBracketsResponse:
    """Leverage brackets (risk limits)

     Returns the risk-limit brackets of one contract, or of every contract when `symbol`
    is omitted. Each bracket covers a range of position notional value
    (`notional_floor` to `notional_cap`, in the quote currency) and gives the highest
    leverage allowed in it (`initial_leverage`, a JSON integer), the maintenance margin
    ratio and `cum`, the amount subtracted when computing maintenance margin
    (notional x ratio - `cum`). Brackets are numbered from 1, the smallest positions and
    the highest leverage.

    A leverage above what the position's bracket allows is rejected when set or ordered.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesLeverageBracketsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
