from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.margin_borrowing_rates_response import MarginBorrowingRatesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_margin_borrowing_rates"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/v1/margin/isolated/pairs",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarginBorrowingRatesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        MarginBorrowingRatesResponse.from_dict,
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
    symbol: str | Unset = UNSET,
) -> Response[MarginBorrowingRatesResponse]:
    """Borrowing rates and limits per pair

     Returns, for each isolated-margin trading pair, its maximum leverage, whether margin
    trading is open, and for both its base and its quote currency the interest rates
    (daily and hourly, as fractions) and the minimum, maximum and currently available
    borrowing amounts. Amounts have up to 8 decimal places.

    `symbol` may name one pair or several separated by commas; without it every pair is
    returned.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): One spot trading pair, or several separated by commas.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginBorrowingRatesResponse]
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
    symbol: str | Unset = UNSET,
) -> MarginBorrowingRatesResponse:
    """Borrowing rates and limits per pair

     Returns, for each isolated-margin trading pair, its maximum leverage, whether margin
    trading is open, and for both its base and its quote currency the interest rates
    (daily and hourly, as fractions) and the minimum, maximum and currently available
    borrowing amounts. Amounts have up to 8 decimal places.

    `symbol` may name one pair or several separated by commas; without it every pair is
    returned.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): One spot trading pair, or several separated by commas.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginBorrowingRatesResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
) -> Response[MarginBorrowingRatesResponse]:
    """Borrowing rates and limits per pair

     Returns, for each isolated-margin trading pair, its maximum leverage, whether margin
    trading is open, and for both its base and its quote currency the interest rates
    (daily and hourly, as fractions) and the minimum, maximum and currently available
    borrowing amounts. Amounts have up to 8 decimal places.

    `symbol` may name one pair or several separated by commas; without it every pair is
    returned.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): One spot trading pair, or several separated by commas.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginBorrowingRatesResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
) -> MarginBorrowingRatesResponse:
    """Borrowing rates and limits per pair

     Returns, for each isolated-margin trading pair, its maximum leverage, whether margin
    trading is open, and for both its base and its quote currency the interest rates
    (daily and hourly, as fractions) and the minimum, maximum and currently available
    borrowing amounts. Amounts have up to 8 decimal places.

    `symbol` may name one pair or several separated by commas; without it every pair is
    returned.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): One spot trading pair, or several separated by commas.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginBorrowingRatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
        )
    ).parsed
