from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_balances_response import FundingBalancesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_account_balance"


def _get_kwargs(
    *,
    currency: str | Unset = UNSET,
    need_usd_valuation: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency"] = currency

    params["needUsdValuation"] = need_usd_valuation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/v1/wallet",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingBalancesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FundingBalancesResponse.from_dict, client.parse_options
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
    currency: str | Unset = UNSET,
    need_usd_valuation: bool | Unset = False,
) -> Response[FundingBalancesResponse]:
    """Account balances per currency

     Returns the account's balance of each currency: what can be used (`available`), what
    open orders hold (`frozen`) and everything held for any reason (`unAvailable`, which is
    `frozen` plus other holds; added on 2025-05-15). Only currencies with a non-zero balance
    are listed. Amounts are decimal strings.

    The currency code is in `currency` (the spot wallet's `/spot/v1/wallet` calls it `id`).
    Pass `currency` to get one currency only. With `needUsdValuation=true` each row also
    carries `available_usd_valuation`, the available balance in USD; note the camelCase of
    the parameter and of `unAvailable` next to snake_case fields.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.
        need_usd_valuation (bool | Unset):  Default: False.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingBalancesResponse]
    """

    kwargs = _get_kwargs(
        currency=currency,
        need_usd_valuation=need_usd_valuation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    need_usd_valuation: bool | Unset = False,
) -> FundingBalancesResponse:
    """Account balances per currency

     Returns the account's balance of each currency: what can be used (`available`), what
    open orders hold (`frozen`) and everything held for any reason (`unAvailable`, which is
    `frozen` plus other holds; added on 2025-05-15). Only currencies with a non-zero balance
    are listed. Amounts are decimal strings.

    The currency code is in `currency` (the spot wallet's `/spot/v1/wallet` calls it `id`).
    Pass `currency` to get one currency only. With `needUsdValuation=true` each row also
    carries `available_usd_valuation`, the available balance in USD; note the camelCase of
    the parameter and of `unAvailable` next to snake_case fields.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.
        need_usd_valuation (bool | Unset):  Default: False.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingBalancesResponse
    """

    return sync_detailed(
        client=client,
        currency=currency,
        need_usd_valuation=need_usd_valuation,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    need_usd_valuation: bool | Unset = False,
) -> Response[FundingBalancesResponse]:
    """Account balances per currency

     Returns the account's balance of each currency: what can be used (`available`), what
    open orders hold (`frozen`) and everything held for any reason (`unAvailable`, which is
    `frozen` plus other holds; added on 2025-05-15). Only currencies with a non-zero balance
    are listed. Amounts are decimal strings.

    The currency code is in `currency` (the spot wallet's `/spot/v1/wallet` calls it `id`).
    Pass `currency` to get one currency only. With `needUsdValuation=true` each row also
    carries `available_usd_valuation`, the available balance in USD; note the camelCase of
    the parameter and of `unAvailable` next to snake_case fields.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.
        need_usd_valuation (bool | Unset):  Default: False.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingBalancesResponse]
    """

    kwargs = _get_kwargs(
        currency=currency,
        need_usd_valuation=need_usd_valuation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
    need_usd_valuation: bool | Unset = False,
) -> FundingBalancesResponse:
    """Account balances per currency

     Returns the account's balance of each currency: what can be used (`available`), what
    open orders hold (`frozen`) and everything held for any reason (`unAvailable`, which is
    `frozen` plus other holds; added on 2025-05-15). Only currencies with a non-zero balance
    are listed. Amounts are decimal strings.

    The currency code is in `currency` (the spot wallet's `/spot/v1/wallet` calls it `id`).
    Pass `currency` to get one currency only. With `needUsdValuation=true` each row also
    carries `available_usd_valuation`, the available balance in USD; note the camelCase of
    the parameter and of `unAvailable` next to snake_case fields.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.
        need_usd_valuation (bool | Unset):  Default: False.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingBalancesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            currency=currency,
            need_usd_valuation=need_usd_valuation,
        )
    ).parsed
