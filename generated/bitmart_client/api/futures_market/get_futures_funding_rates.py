from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_funding_rates_response import FuturesFundingRatesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_funding_rates"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/public/funding-rate-v2",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesFundingRatesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesFundingRatesResponse.from_dict,
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
) -> Response[FuturesFundingRatesResponse]:
    """Current funding rates of all contracts

     Returns the funding state of many contracts in one call, as `data.list`; each row has
    the same fields as `get_futures_funding_rate` (`rate_value` last settled rate,
    `expected_rate` estimate for `funding_time`, cap and floor, times in milliseconds). In
    practice the list holds the USDT- and USDC-margined contracts that traded in the last
    24 hours; coin-margined contracts are absent. The estimates are refreshed about once a
    minute.

    BitMart's SDKs can pass `symbol`; whether it narrows the list is not documented, so
    filter the rows by `symbol` yourself.

    This endpoint is not in BitMart's main futures documentation; its response shape comes
    from BitMart's SDKs and third-party clients.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesFundingRatesResponse]
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
) -> FuturesFundingRatesResponse:
    """Current funding rates of all contracts

     Returns the funding state of many contracts in one call, as `data.list`; each row has
    the same fields as `get_futures_funding_rate` (`rate_value` last settled rate,
    `expected_rate` estimate for `funding_time`, cap and floor, times in milliseconds). In
    practice the list holds the USDT- and USDC-margined contracts that traded in the last
    24 hours; coin-margined contracts are absent. The estimates are refreshed about once a
    minute.

    BitMart's SDKs can pass `symbol`; whether it narrows the list is not documented, so
    filter the rows by `symbol` yourself.

    This endpoint is not in BitMart's main futures documentation; its response shape comes
    from BitMart's SDKs and third-party clients.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesFundingRatesResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str | Unset = UNSET,
) -> Response[FuturesFundingRatesResponse]:
    """Current funding rates of all contracts

     Returns the funding state of many contracts in one call, as `data.list`; each row has
    the same fields as `get_futures_funding_rate` (`rate_value` last settled rate,
    `expected_rate` estimate for `funding_time`, cap and floor, times in milliseconds). In
    practice the list holds the USDT- and USDC-margined contracts that traded in the last
    24 hours; coin-margined contracts are absent. The estimates are refreshed about once a
    minute.

    BitMart's SDKs can pass `symbol`; whether it narrows the list is not documented, so
    filter the rows by `symbol` yourself.

    This endpoint is not in BitMart's main futures documentation; its response shape comes
    from BitMart's SDKs and third-party clients.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesFundingRatesResponse]
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
) -> FuturesFundingRatesResponse:
    """Current funding rates of all contracts

     Returns the funding state of many contracts in one call, as `data.list`; each row has
    the same fields as `get_futures_funding_rate` (`rate_value` last settled rate,
    `expected_rate` estimate for `funding_time`, cap and floor, times in milliseconds). In
    practice the list holds the USDT- and USDC-margined contracts that traded in the last
    24 hours; coin-margined contracts are absent. The estimates are refreshed about once a
    minute.

    BitMart's SDKs can pass `symbol`; whether it narrows the list is not documented, so
    filter the rows by `symbol` yourself.

    This endpoint is not in BitMart's main futures documentation; its response shape comes
    from BitMart's SDKs and third-party clients.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesFundingRatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
