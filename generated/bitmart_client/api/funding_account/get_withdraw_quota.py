from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_withdraw_quota_response import FundingWithdrawQuotaResponse
from ...types import UNSET, Response

OPERATION_ID = "get_withdraw_quota"


def _get_kwargs(
    *,
    currency: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/v1/withdraw/charge",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingWithdrawQuotaResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FundingWithdrawQuotaResponse.from_dict,
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
    currency: str,
) -> Response[FundingWithdrawQuotaResponse]:
    """Withdrawal quota, minimum, precision and fee

     Returns the withdrawal terms of one currency channel for this account: how much can
    still be withdrawn today (`today_available_withdraw_BTC`, expressed in BTC whatever
    the currency), the minimum amount, the fee, and the amount's format.

    The amount of a withdrawal may have at most `withdraw_precision` decimal places
    (60006 otherwise) and, when `withdraw_Precision_GeTen` is set (added on 2024-04-03),
    must be a whole multiple of it (60013 otherwise): with 10, only 10, 20, 30... are
    accepted. `null` or absent means no such rule. Note the irregular capitals in
    `today_available_withdraw_BTC` and `withdraw_Precision_GeTen`.

    Only a GET with the API key, but the key needs the Withdraw permission. Not available
    to sub-accounts.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g.
            `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingWithdrawQuotaResponse]
    """

    kwargs = _get_kwargs(
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    currency: str,
) -> FundingWithdrawQuotaResponse:
    """Withdrawal quota, minimum, precision and fee

     Returns the withdrawal terms of one currency channel for this account: how much can
    still be withdrawn today (`today_available_withdraw_BTC`, expressed in BTC whatever
    the currency), the minimum amount, the fee, and the amount's format.

    The amount of a withdrawal may have at most `withdraw_precision` decimal places
    (60006 otherwise) and, when `withdraw_Precision_GeTen` is set (added on 2024-04-03),
    must be a whole multiple of it (60013 otherwise): with 10, only 10, 20, 30... are
    accepted. `null` or absent means no such rule. Note the irregular capitals in
    `today_available_withdraw_BTC` and `withdraw_Precision_GeTen`.

    Only a GET with the API key, but the key needs the Withdraw permission. Not available
    to sub-accounts.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g.
            `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingWithdrawQuotaResponse
    """

    return sync_detailed(
        client=client,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    currency: str,
) -> Response[FundingWithdrawQuotaResponse]:
    """Withdrawal quota, minimum, precision and fee

     Returns the withdrawal terms of one currency channel for this account: how much can
    still be withdrawn today (`today_available_withdraw_BTC`, expressed in BTC whatever
    the currency), the minimum amount, the fee, and the amount's format.

    The amount of a withdrawal may have at most `withdraw_precision` decimal places
    (60006 otherwise) and, when `withdraw_Precision_GeTen` is set (added on 2024-04-03),
    must be a whole multiple of it (60013 otherwise): with 10, only 10, 20, 30... are
    accepted. `null` or absent means no such rule. Note the irregular capitals in
    `today_available_withdraw_BTC` and `withdraw_Precision_GeTen`.

    Only a GET with the API key, but the key needs the Withdraw permission. Not available
    to sub-accounts.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g.
            `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingWithdrawQuotaResponse]
    """

    kwargs = _get_kwargs(
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    currency: str,
) -> FundingWithdrawQuotaResponse:
    """Withdrawal quota, minimum, precision and fee

     Returns the withdrawal terms of one currency channel for this account: how much can
    still be withdrawn today (`today_available_withdraw_BTC`, expressed in BTC whatever
    the currency), the minimum amount, the fee, and the amount's format.

    The amount of a withdrawal may have at most `withdraw_precision` decimal places
    (60006 otherwise) and, when `withdraw_Precision_GeTen` is set (added on 2024-04-03),
    must be a whole multiple of it (60013 otherwise): with 10, only 10, 20, 30... are
    accepted. `null` or absent means no such rule. Note the irregular capitals in
    `today_available_withdraw_BTC` and `withdraw_Precision_GeTen`.

    Only a GET with the API key, but the key needs the Withdraw permission. Not available
    to sub-accounts.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g.
            `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingWithdrawQuotaResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            currency=currency,
        )
    ).parsed
