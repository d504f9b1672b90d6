from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_open_interest_response import FuturesOpenInterestResponse
from ...types import UNSET, Response

OPERATION_ID = "get_futures_open_interest"


def _get_kwargs(
    *,
    symbol: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/public/open-interest",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesOpenInterestResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesOpenInterestResponse.from_dict,
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
) -> Response[FuturesOpenInterestResponse]:
    """Open interest

     Returns the open interest of one contract: `open_interest` in contracts and
    `open_interest_value` in the quote currency. `timestamp` is milliseconds.

    This endpoint has the tightest public limit (2 requests per 2 seconds); the same two
    figures are also in every row of `get_futures_contracts`.

    Rate limit: 2 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesOpenInterestResponse]
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
    symbol: str,
) -> FuturesOpenInterestResponse:
    """Open interest

     Returns the open interest of one contract: `open_interest` in contracts and
    `open_interest_value` in the quote currency. `timestamp` is milliseconds.

    This endpoint has the tightest public limit (2 requests per 2 seconds); the same two
    figures are also in every row of `get_futures_contracts`.

    Rate limit: 2 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesOpenInterestResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
) -> Response[FuturesOpenInterestResponse]:
    """Open interest

     Returns the open interest of one contract: `open_interest` in contracts and
    `open_interest_value` in the quote currency. `timestamp` is milliseconds.

    This endpoint has the tightest public limit (2 requests per 2 seconds); the same two
    figures are also in every row of `get_futures_contracts`.

    Rate limit: 2 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesOpenInterestResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
) -> FuturesOpenInterestResponse:
    """Open interest

     Returns the open interest of one contract: `open_interest` in contracts and
    `open_interest_value` in the quote currency. `timestamp` is milliseconds.

    This endpoint has the tightest public limit (2 requests per 2 seconds); the same two
    figures are also in every row of `get_futures_contracts`.

    Rate limit: 2 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesOpenInterestResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
