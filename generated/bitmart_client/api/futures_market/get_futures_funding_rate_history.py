from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_funding_rate_history_response import (
    FuturesFundingRateHistoryResponse,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_funding_rate_history"


def _get_kwargs(
    *,
    symbol: str,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/public/funding-rate-history",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesFundingRateHistoryResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesFundingRateHistoryResponse.from_dict,
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
    limit: int | Unset = 100,
) -> Response[FuturesFundingRateHistoryResponse]:
    """Funding rate history

     Returns the rates of past funding settlements of one contract, newest first, at most
    100 rows. `funding_rate` is the rate that was actually charged, a signed fraction per
    funding interval.

    `funding_time`, the settlement time in milliseconds, is sent as a **string** here,
    whereas the other futures market endpoints send their times as JSON numbers. There is
    no time-range or paging parameter: only the latest `limit` settlements are available.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesFundingRateHistoryResponse]
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
    limit: int | Unset = 100,
) -> FuturesFundingRateHistoryResponse:
    """Funding rate history

     Returns the rates of past funding settlements of one contract, newest first, at most
    100 rows. `funding_rate` is the rate that was actually charged, a signed fraction per
    funding interval.

    `funding_time`, the settlement time in milliseconds, is sent as a **string** here,
    whereas the other futures market endpoints send their times as JSON numbers. There is
    no time-range or paging parameter: only the latest `limit` settlements are available.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesFundingRateHistoryResponse
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
    limit: int | Unset = 100,
) -> Response[FuturesFundingRateHistoryResponse]:
    """Funding rate history

     Returns the rates of past funding settlements of one contract, newest first, at most
    100 rows. `funding_rate` is the rate that was actually charged, a signed fraction per
    funding interval.

    `funding_time`, the settlement time in milliseconds, is sent as a **string** here,
    whereas the other futures market endpoints send their times as JSON numbers. There is
    no time-range or paging parameter: only the latest `limit` settlements are available.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesFundingRateHistoryResponse]
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
    limit: int | Unset = 100,
) -> FuturesFundingRateHistoryResponse:
    """Funding rate history

     Returns the rates of past funding settlements of one contract, newest first, at most
    100 rows. `funding_rate` is the rate that was actually charged, a signed fraction per
    funding interval.

    `funding_time`, the settlement time in milliseconds, is sent as a **string** here,
    whereas the other futures market endpoints send their times as JSON numbers. There is
    no time-range or paging parameter: only the latest `limit` settlements are available.

    A missing or unknown `symbol` is rejected with HTTP 400 and code 40034.

    Rate limit: 12 requests per 2 seconds per IP.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        limit (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesFundingRateHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            limit=limit,
        )
    ).parsed
