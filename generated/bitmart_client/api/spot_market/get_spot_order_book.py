from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_order_book_response import SpotOrderBookResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_spot_order_book"


def _get_kwargs(
    *,
    symbol: str,
    limit: int | Unset = 35,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/quotation/v3/books",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotOrderBookResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotOrderBookResponse.from_dict, client.parse_options
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
    limit: int | Unset = 35,
) -> Response[SpotOrderBookResponse]:
    """Order book

     Returns the order book of one trading pair: `asks` in ascending and `bids` in
    descending price order, each level a `[price, amount]` string pair. `ts` is
    milliseconds sent as a string.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        limit (int | Unset):  Default: 35.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotOrderBookResponse]
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
    limit: int | Unset = 35,
) -> SpotOrderBookResponse:
    """Order book

     Returns the order book of one trading pair: `asks` in ascending and `bids` in
    descending price order, each level a `[price, amount]` string pair. `ts` is
    milliseconds sent as a string.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        limit (int | Unset):  Default: 35.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotOrderBookResponse
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
    limit: int | Unset = 35,
) -> Response[SpotOrderBookResponse]:
    """Order book

     Returns the order book of one trading pair: `asks` in ascending and `bids` in
    descending price order, each level a `[price, amount]` string pair. `ts` is
    milliseconds sent as a string.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        limit (int | Unset):  Default: 35.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotOrderBookResponse]
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
    limit: int | Unset = 35,
) -> SpotOrderBookResponse:
    """Order book

     Returns the order book of one trading pair: `asks` in ascending and `bids` in
    descending price order, each level a `[price, amount]` string pair. `ts` is
    milliseconds sent as a string.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.
        limit (int | Unset):  Default: 35.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotOrderBookResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            limit=limit,
        )
    ).parsed
