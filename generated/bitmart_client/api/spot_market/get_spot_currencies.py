from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_currencies_response import SpotCurrenciesResponse
from ...types import Response

OPERATION_ID = "get_spot_currencies"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/v1/currencies",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotCurrenciesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotCurrenciesResponse.from_dict, client.parse_options
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
) -> Response[SpotCurrenciesResponse]:
    """Currencies

     Lists every currency listed for spot trading with its deposit and withdrawal switches.
    Delisted currencies are absent. For network, fee and limit details use
    `get_account_currencies` (`/account/v1/currencies`).

    Rate limit: 8 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotCurrenciesResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> SpotCurrenciesResponse:
    """Currencies

     Lists every currency listed for spot trading with its deposit and withdrawal switches.
    Delisted currencies are absent. For network, fee and limit details use
    `get_account_currencies` (`/account/v1/currencies`).

    Rate limit: 8 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotCurrenciesResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[SpotCurrenciesResponse]:
    """Currencies

     Lists every currency listed for spot trading with its deposit and withdrawal switches.
    Delisted currencies are absent. For network, fee and limit details use
    `get_account_currencies` (`/account/v1/currencies`).

    Rate limit: 8 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotCurrenciesResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> SpotCurrenciesResponse:
    """Currencies

     Lists every currency listed for spot trading with its deposit and withdrawal switches.
    Delisted currencies are absent. For network, fee and limit details use
    `get_account_currencies` (`/account/v1/currencies`).

    Rate limit: 8 requests per 2 seconds per IP.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotCurrenciesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
