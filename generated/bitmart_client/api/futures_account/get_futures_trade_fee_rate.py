from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_fee_rate_response import FuturesFeeRateResponse
from ...types import UNSET, Response

OPERATION_ID = "get_futures_trade_fee_rate"


def _get_kwargs(
    *,
    symbol: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/trade-fee-rate",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesFeeRateResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesFeeRateResponse.from_dict, client.parse_options
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
) -> Response[FuturesFeeRateResponse]:
    """Futures fee rates for one contract

     Returns the account's current maker and taker fee rates on one contract, as fractions
    (`0.0002` is 0.02 %). A negative rate would be a rebate.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesFeeRateResponse]
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
) -> FuturesFeeRateResponse:
    """Futures fee rates for one contract

     Returns the account's current maker and taker fee rates on one contract, as fractions
    (`0.0002` is 0.02 %). A negative rate would be a rebate.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesFeeRateResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
) -> Response[FuturesFeeRateResponse]:
    """Futures fee rates for one contract

     Returns the account's current maker and taker fee rates on one contract, as fractions
    (`0.0002` is 0.02 %). A negative rate would be a rebate.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesFeeRateResponse]
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
) -> FuturesFeeRateResponse:
    """Futures fee rates for one contract

     Returns the account's current maker and taker fee rates on one contract, as fractions
    (`0.0002` is 0.02 %). A negative rate would be a rebate.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesFeeRateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
