from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_fee_trade_rates_response import SpotFeeTradeRatesResponse
from ...types import UNSET, Response

OPERATION_ID = "get_spot_trade_fee_rate"


def _get_kwargs(
    *,
    symbol: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/v1/trade_fee",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotFeeTradeRatesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        SpotFeeTradeRatesResponse.from_dict,
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
    symbol: str,
) -> Response[SpotFeeTradeRatesResponse]:
    """Actual fee rates for one trading pair

     Returns the maker and taker rates the user pays on one trading pair, separately for
    buys and sells, after the user's tier and the pair's class are taken into account.
    Rates are fractions sent as decimal strings: `0.0008` means 0.08 %.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotFeeTradeRatesResponse]
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
    client: AuthenticatedClient,
    symbol: str,
) -> SpotFeeTradeRatesResponse:
    """Actual fee rates for one trading pair

     Returns the maker and taker rates the user pays on one trading pair, separately for
    buys and sells, after the user's tier and the pair's class are taken into account.
    Rates are fractions sent as decimal strings: `0.0008` means 0.08 %.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotFeeTradeRatesResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
) -> Response[SpotFeeTradeRatesResponse]:
    """Actual fee rates for one trading pair

     Returns the maker and taker rates the user pays on one trading pair, separately for
    buys and sells, after the user's tier and the pair's class are taken into account.
    Rates are fractions sent as decimal strings: `0.0008` means 0.08 %.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotFeeTradeRatesResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str,
) -> SpotFeeTradeRatesResponse:
    """Actual fee rates for one trading pair

     Returns the maker and taker rates the user pays on one trading pair, separately for
    buys and sells, after the user's tier and the pair's class are taken into account.
    Rates are fractions sent as decimal strings: `0.0008` means 0.08 %.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g.
            `BTC_USDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotFeeTradeRatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
