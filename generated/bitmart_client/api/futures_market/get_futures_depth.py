from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_depth_response import FuturesDepthResponse
from ...types import UNSET, Response

OPERATION_ID = "get_futures_depth"


def _get_kwargs(
    *,
    symbol: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/public/depth",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesDepthResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesDepthResponse.from_dict, client.parse_options
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
) -> Response[FuturesDepthResponse]:
    """Order book

     Returns the order book of one contract, at most 50 levels per side (there is no
    `limit` parameter; one sent is ignored). Each level is a 3-element string array
    `[price, size, cumulative_size]`: unlike spot books, the third element is the running
    total of the sizes from the best price down to this level. Sizes are in contracts.
    Asks are sorted by ascending price, bids by descending price. `timestamp` is the
    book's time in milliseconds.

    A contract with an empty book (listed but not traded) comes back with `asks` and `bids`
    set to `null` rather than empty lists.

    A missing, unknown or delisted `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesDepthResponse]
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
) -> FuturesDepthResponse:
    """Order book

     Returns the order book of one contract, at most 50 levels per side (there is no
    `limit` parameter; one sent is ignored). Each level is a 3-element string array
    `[price, size, cumulative_size]`: unlike spot books, the third element is the running
    total of the sizes from the best price down to this level. Sizes are in contracts.
    Asks are sorted by ascending price, bids by descending price. `timestamp` is the
    book's time in milliseconds.

    A contract with an empty book (listed but not traded) comes back with `asks` and `bids`
    set to `null` rather than empty lists.

    A missing, unknown or delisted `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesDepthResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
) -> Response[FuturesDepthResponse]:
    """Order book

     Returns the order book of one contract, at most 50 levels per side (there is no
    `limit` parameter; one sent is ignored). Each level is a 3-element string array
    `[price, size, cumulative_size]`: unlike spot books, the third element is the running
    total of the sizes from the best price down to this level. Sizes are in contracts.
    Asks are sorted by ascending price, bids by descending price. `timestamp` is the
    book's time in milliseconds.

    A contract with an empty book (listed but not traded) comes back with `asks` and `bids`
    set to `null` rather than empty lists.

    A missing, unknown or delisted `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesDepthResponse]
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
) -> FuturesDepthResponse:
    """Order book

     Returns the order book of one contract, at most 50 levels per side (there is no
    `limit` parameter; one sent is ignored). Each level is a 3-element string array
    `[price, size, cumulative_size]`: unlike spot books, the third element is the running
    total of the sizes from the best price down to this level. Sizes are in contracts.
    Asks are sorted by ascending price, bids by descending price. `timestamp` is the
    book's time in milliseconds.

    A contract with an empty book (listed but not traded) comes back with `asks` and `bids`
    set to `null` rather than empty lists.

    A missing, unknown or delisted `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesDepthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
