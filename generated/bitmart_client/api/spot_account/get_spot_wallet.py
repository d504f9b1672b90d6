from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.spot_wallet_response import SpotWalletResponse
from ...types import Response

OPERATION_ID = "get_spot_wallet"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spot/v1/wallet",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpotWalletResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SpotWalletResponse.from_dict, client.parse_options
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
) -> Response[SpotWalletResponse]:
    """Spot wallet balances

     Lists the balance of every currency held in the spot wallet: what can be used
    (`available`) and what is locked by open orders and other holds (`frozen`). Amounts are
    decimal strings.

    The currency code is in `id`, not in `currency` as on `/account/v1/wallet` (the
    funding account's balances). There are no parameters; the whole wallet is returned.

    Rate limit: 12 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotWalletResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> SpotWalletResponse:
    """Spot wallet balances

     Lists the balance of every currency held in the spot wallet: what can be used
    (`available`) and what is locked by open orders and other holds (`frozen`). Amounts are
    decimal strings.

    The currency code is in `id`, not in `currency` as on `/account/v1/wallet` (the
    funding account's balances). There are no parameters; the whole wallet is returned.

    Rate limit: 12 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotWalletResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SpotWalletResponse]:
    """Spot wallet balances

     Lists the balance of every currency held in the spot wallet: what can be used
    (`available`) and what is locked by open orders and other holds (`frozen`). Amounts are
    decimal strings.

    The currency code is in `id`, not in `currency` as on `/account/v1/wallet` (the
    funding account's balances). There are no parameters; the whole wallet is returned.

    Rate limit: 12 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotWalletResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> SpotWalletResponse:
    """Spot wallet balances

     Lists the balance of every currency held in the spot wallet: what can be used
    (`available`) and what is locked by open orders and other holds (`frozen`). Amounts are
    decimal strings.

    The currency code is in `id`, not in `currency` as on `/account/v1/wallet` (the
    funding account's balances). There are no parameters; the whole wallet is returned.

    Rate limit: 12 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotWalletResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
