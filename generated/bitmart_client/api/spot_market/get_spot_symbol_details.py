from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_symbol_details_response import SpotSymbolDetailsResponse
from ...types import Response

OPERATION_ID = "get_spot_symbol_details"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/v1/symbols/details",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotSymbolDetailsResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        SpotSymbolDetailsResponse.from_dict,
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
) -> Response[SpotSymbolDetailsResponse]:
    """Trading pair details

     Lists every spot trading pair with its order limits: minimum and maximum size, size
    increment, price precision and minimum order value. Orders that break these limits
    are rejected with 50006 to 50009.

    `price_max_precision` is the number of decimal places a price may have.

    Rate limit: 12 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotSymbolDetailsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> SpotSymbolDetailsResponse:
    """Trading pair details

     Lists every spot trading pair with its order limits: minimum and maximum size, size
    increment, price precision and minimum order value. Orders that break these limits
    are rejected with 50006 to 50009.

    `price_max_precision` is the number of decimal places a price may have.

    Rate limit: 12 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotSymbolDetailsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[SpotSymbolDetailsResponse]:
    """Trading pair details

     Lists every spot trading pair with its order limits: minimum and maximum size, size
    increment, price precision and minimum order value. Orders that break these limits
    are rejected with 50006 to 50009.

    `price_max_precision` is the number of decimal places a price may have.

    Rate limit: 12 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotSymbolDetailsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> SpotSymbolDetailsResponse:
    """Trading pair details

     Lists every spot trading pair with its order limits: minimum and maximum size, size
    increment, price precision and minimum order value. Orders that break these limits
    are rejected with 50006 to 50009.

    `price_max_precision` is the number of decimal places a price may have.

    Rate limit: 12 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotSymbolDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
