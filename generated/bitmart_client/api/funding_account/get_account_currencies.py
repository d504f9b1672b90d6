from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_currencies_response import FundingCurrenciesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_account_currencies"


def _get_kwargs(
    *,
    currencies: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currencies"] = currencies

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/v1/currencies",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingCurrenciesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FundingCurrenciesResponse.from_dict,
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
    currencies: str | Unset = UNSET,
) -> Response[FundingCurrenciesResponse]:
    """Currencies with their networks and withdrawal terms

     Lists every deposit/withdrawal channel: one entry per currency and network, with the
    network name, the token's contract address, whether deposits and withdrawals are open,
    the minimum withdrawal and the withdrawal fee. A currency that exists on several
    networks appears once per network under a network-qualified code (`USDT-TRC20`,
    `USDT-ERC20`; plain `USDT` is the legacy OMNI channel). Use that code as `currency` in
    the deposit and withdrawal operations.

    Public although it lives under `/account`. Without `currencies` every channel is
    returned; with it, only the listed ones (at most 20, comma-separated). A currency that
    is missing from the answer has been delisted.

    `withdraw_fee` is in the currency itself, `withdraw_fee_estimate` in USD (both added on
    2025-02-18). `withdraw_minfee` was retired on 2025-05-18 and is `null` or absent now.
    `contract_address` and `withdraw_minsize` are `null` for channels without a value.

    Rate limit: 2 requests per 2 seconds per IP.

    Args:
        currencies (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingCurrenciesResponse]
    """

    kwargs = _get_kwargs(
        currencies=currencies,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    currencies: str | Unset = UNSET,
) -> FundingCurrenciesResponse:
    """Currencies with their networks and withdrawal terms

     Lists every deposit/withdrawal channel: one entry per currency and network, with the
    network name, the token's contract address, whether deposits and withdrawals are open,
    the minimum withdrawal and the withdrawal fee. A currency that exists on several
    networks appears once per network under a network-qualified code (`USDT-TRC20`,
    `USDT-ERC20`; plain `USDT` is the legacy OMNI channel). Use that code as `currency` in
    the deposit and withdrawal operations.

    Public although it lives under `/account`. Without `currencies` every channel is
    returned; with it, only the listed ones (at most 20, comma-separated). A currency that
    is missing from the answer has been delisted.

    `withdraw_fee` is in the currency itself, `withdraw_fee_estimate` in USD (both added on
    2025-02-18). `withdraw_minfee` was retired on 2025-05-18 and is `null` or absent now.
    `contract_address` and `withdraw_minsize` are `null` for channels without a value.

    Rate limit: 2 requests per 2 seconds per IP.

    Args:
        currencies (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingCurrenciesResponse
    """

    return sync_detailed(
        client=client,
        currencies=currencies,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currencies: str | Unset = UNSET,
) -> Response[FundingCurrenciesResponse]:
    """Currencies with their networks and withdrawal terms

     Lists every deposit/withdrawal channel: one entry per currency and network, with the
    network name, the token's contract address, whether deposits and withdrawals are open,
    the minimum withdrawal and the withdrawal fee. A currency that exists on several
    networks appears once per network under a network-qualified code (`USDT-TRC20`,
    `USDT-ERC20`; plain `USDT` is the legacy OMNI channel). Use that code as `currency` in
    the deposit and withdrawal operations.

    Public although it lives under `/account`. Without `currencies` every channel is
    returned; with it, only the listed ones (at most 20, comma-separated). A currency that
    is missing from the answer has been delisted.

    `withdraw_fee` is in the currency itself, `withdraw_fee_estimate` in USD (both added on
    2025-02-18). `withdraw_minfee` was retired on 2025-05-18 and is `null` or absent now.
    `contract_address` and `withdraw_minsize` are `null` for channels without a value.

    Rate limit: 2 requests per 2 seconds per IP.

    Args:
        currencies (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingCurrenciesResponse]
    """

    kwargs = _get_kwargs(
        currencies=currencies,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    currencies: str | Unset = UNSET,
) -> FundingCurrenciesResponse:
    """Currencies with their networks and withdrawal terms

     Lists every deposit/withdrawal channel: one entry per currency and network, with the
    network name, the token's contract address, whether deposits and withdrawals are open,
    the minimum withdrawal and the withdrawal fee. A currency that exists on several
    networks appears once per network under a network-qualified code (`USDT-TRC20`,
    `USDT-ERC20`; plain `USDT` is the legacy OMNI channel). Use that code as `currency` in
    the deposit and withdrawal operations.

    Public although it lives under `/account`. Without `currencies` every channel is
    returned; with it, only the listed ones (at most 20, comma-separated). A currency that
    is missing from the answer has been delisted.

    `withdraw_fee` is in the currency itself, `withdraw_fee_estimate` in USD (both added on
    2025-02-18). `withdraw_minfee` was retired on 2025-05-18 and is `null` or absent now.
    `contract_address` and `withdraw_minsize` are `null` for channels without a value.

    Rate limit: 2 requests per 2 seconds per IP.

    Args:
        currencies (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingCurrenciesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            currencies=currencies,
        )
    ).parsed
