from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_funding_rate_response import FuturesFundingRateResponse
from ...types import UNSET, Response

OPERATION_ID = "get_futures_funding_rate"


def _get_kwargs(
    *,
    symbol: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/public/funding-rate",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesFundingRateResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesFundingRateResponse.from_dict,
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
) -> Response[FuturesFundingRateResponse]:
    """Current funding rate

     Returns the funding state of one contract. `rate_value` is the rate of the last
    settled period and `expected_rate` the running estimate for the next settlement at
    `funding_time`; rates are signed fractions per funding interval (`"0.0001"` is
    0.01 %), and a positive rate means longs pay shorts. `funding_upper_limit` and
    `funding_lower_limit` are the cap and floor of the rate, also decimal strings although
    BitMart's field table calls them Long. `timestamp` and `funding_time` are milliseconds.

    For every contract at once use `get_futures_funding_rates`.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesFundingRateResponse]
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
) -> FuturesFundingRateResponse:
    """Current funding rate

     Returns the funding state of one contract. `rate_value` is the rate of the last
    settled period and `expected_rate` the running estimate for the next settlement at
    `funding_time`; rates are signed fractions per funding interval (`"0.0001"` is
    0.01 %), and a positive rate means longs pay shorts. `funding_upper_limit` and
    `funding_lower_limit` are the cap and floor of the rate, also decimal strings although
    BitMart's field table calls them Long. `timestamp` and `funding_time` are milliseconds.

    For every contract at once use `get_futures_funding_rates`.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesFundingRateResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    symbol: str,
) -> Response[FuturesFundingRateResponse]:
    """Current funding rate

     Returns the funding state of one contract. `rate_value` is the rate of the last
    settled period and `expected_rate` the running estimate for the next settlement at
    `funding_time`; rates are signed fractions per funding interval (`"0.0001"` is
    0.01 %), and a positive rate means longs pay shorts. `funding_upper_limit` and
    `funding_lower_limit` are the cap and floor of the rate, also decimal strings although
    BitMart's field table calls them Long. `timestamp` and `funding_time` are milliseconds.

    For every contract at once use `get_futures_funding_rates`.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesFundingRateResponse]
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
) -> FuturesFundingRateResponse:
    """Current funding rate

     Returns the funding state of one contract. `rate_value` is the rate of the last
    settled period and `expected_rate` the running estimate for the next settlement at
    `funding_time`; rates are signed fractions per funding interval (`"0.0001"` is
    0.01 %), and a positive rate means longs pay shorts. `funding_upper_limit` and
    `funding_lower_limit` are the cap and floor of the rate, also decimal strings although
    BitMart's field table calls them Long. `timestamp` and `funding_time` are milliseconds.

    For every contract at once use `get_futures_funding_rates`.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesFundingRateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
