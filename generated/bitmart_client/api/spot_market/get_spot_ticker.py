from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_ticker_response import SpotTickerResponse
from ...types import UNSET, Response

OPERATION_ID = "get_spot_ticker"


def _get_kwargs(
    *,
    symbol: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/quotation/v3/ticker",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotTickerResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotTickerResponse.from_dict, client.parse_options
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
) -> Response[SpotTickerResponse]:
    """Ticker of one trading pair

     Returns the 24-hour ticker of one trading pair: last price, best bid and ask, open,
    high, low, volume in base and quote currency, and the change ratio `fluctuation`
    (signed, e.g. `+0.0075`). `ts` is milliseconds sent as a string.

    An unknown symbol is reported with HTTP 200 and code 70002.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotTickerResponse]
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
) -> SpotTickerResponse:
    """Ticker of one trading pair

     Returns the 24-hour ticker of one trading pair: last price, best bid and ask, open,
    high, low, volume in base and quote currency, and the change ratio `fluctuation`
    (signed, e.g. `+0.0075`). `ts` is milliseconds sent as a string.

    An unknown symbol is reported with HTTP 200 and code 70002.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotTickerResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
) -> Response[SpotTickerResponse]:
    """Ticker of one trading pair

     Returns the 24-hour ticker of one trading pair: last price, best bid and ask, open,
    high, low, volume in base and quote currency, and the change ratio `fluctuation`
    (signed, e.g. `+0.0075`). `ts` is milliseconds sent as a string.

    An unknown symbol is reported with HTTP 200 and code 70002.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotTickerResponse]
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
) -> SpotTickerResponse:
    """Ticker of one trading pair

     Returns the 24-hour ticker of one trading pair: last price, best bid and ask, open,
    high, low, volume in base and quote currency, and the change ratio `fluctuation`
    (signed, e.g. `+0.0075`). `ts` is milliseconds sent as a string.

    An unknown symbol is reported with HTTP 200 and code 70002.

    Rate limit: 15 requests per 2 seconds per IP.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotTickerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
