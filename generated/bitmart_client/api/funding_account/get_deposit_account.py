from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_deposit_account_response import FundingDepositAccountResponse
from ...types import Response

OPERATION_ID = "get_deposit_account"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/v1/get-deposit-account",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingDepositAccountResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FundingDepositAccountResponse.from_dict,
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
) -> Response[FundingDepositAccountResponse]:
    """Wallet that deposits are credited to

     Returns which of the account's wallets incoming deposits are credited to: `SPOT`,
    `CONTRACT` (futures) or `FUND`. Change it with `set_deposit_account`.

    Only BitMart's Python SDK (2.8.0) knows this endpoint, and no source shows its
    response. `FundingDepositAccount` assumes the setting comes back as `account_type`,
    the name the setter takes; any other field is kept as an additional property.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingDepositAccountResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> FundingDepositAccountResponse:
    """Wallet that deposits are credited to

     Returns which of the account's wallets incoming deposits are credited to: `SPOT`,
    `CONTRACT` (futures) or `FUND`. Change it with `set_deposit_account`.

    Only BitMart's Python SDK (2.8.0) knows this endpoint, and no source shows its
    response. `FundingDepositAccount` assumes the setting comes back as `account_type`,
    the name the setter takes; any other field is kept as an additional property.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingDepositAccountResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[FundingDepositAccountResponse]:
    """Wallet that deposits are credited to

     Returns which of the account's wallets incoming deposits are credited to: `SPOT`,
    `CONTRACT` (futures) or `FUND`. Change it with `set_deposit_account`.

    Only BitMart's Python SDK (2.8.0) knows this endpoint, and no source shows its
    response. `FundingDepositAccount` assumes the setting comes back as `account_type`,
    the name the setter takes; any other field is kept as an additional property.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingDepositAccountResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> FundingDepositAccountResponse:
    """Wallet that deposits are credited to

     Returns which of the account's wallets incoming deposits are credited to: `SPOT`,
    `CONTRACT` (futures) or `FUND`. Change it with `set_deposit_account`.

    Only BitMart's Python SDK (2.8.0) knows this endpoint, and no source shows its
    response. `FundingDepositAccount` assumes the setting comes back as `account_type`,
    the name the setter takes; any other field is kept as an additional property.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingDepositAccountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
