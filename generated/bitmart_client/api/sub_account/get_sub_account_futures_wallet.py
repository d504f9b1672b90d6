from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.sub_account_wallet_response import SubAccountWalletResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_sub_account_futures_wallet"


def _get_kwargs(
    *,
    sub_account: str,
    currency: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subAccount"] = sub_account

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/contract/sub-account/main/v1/wallet",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubAccountWalletResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SubAccountWalletResponse.from_dict, client.parse_options
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
    sub_account: str,
    currency: str | Unset = UNSET,
) -> Response[SubAccountWalletResponse]:
    """Futures balances of one sub-account (main key)

     Returns the futures wallet of the sub-account `subAccount`: per currency, what is
    `available` and what is `frozen`, both decimal strings. Only currencies with a non-zero
    balance are listed (in practice USDT); `currency` narrows the answer to one. Lives on
    the futures host. Only the **main account's** API key may call it. The spot counterpart
    is `get_sub_account_spot_wallet`, with the same response shape.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        sub_account (str): A sub-account's username as BitMart shows it (often an e-mail address).
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SubAccountWalletResponse]
    """

    kwargs = _get_kwargs(
        sub_account=sub_account,
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sub_account: str,
    currency: str | Unset = UNSET,
) -> SubAccountWalletResponse:
    """Futures balances of one sub-account (main key)

     Returns the futures wallet of the sub-account `subAccount`: per currency, what is
    `available` and what is `frozen`, both decimal strings. Only currencies with a non-zero
    balance are listed (in practice USDT); `currency` narrows the answer to one. Lives on
    the futures host. Only the **main account's** API key may call it. The spot counterpart
    is `get_sub_account_spot_wallet`, with the same response shape.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        sub_account (str): A sub-account's username as BitMart shows it (often an e-mail address).
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SubAccountWalletResponse
    """

    return sync_detailed(
        client=client,
        sub_account=sub_account,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sub_account: str,
    currency: str | Unset = UNSET,
) -> Response[SubAccountWalletResponse]:
    """Futures balances of one sub-account (main key)

     Returns the futures wallet of the sub-account `subAccount`: per currency, what is
    `available` and what is `frozen`, both decimal strings. Only currencies with a non-zero
    balance are listed (in practice USDT); `currency` narrows the answer to one. Lives on
    the futures host. Only the **main account's** API key may call it. The spot counterpart
    is `get_sub_account_spot_wallet`, with the same response shape.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        sub_account (str): A sub-account's username as BitMart shows it (often an e-mail address).
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SubAccountWalletResponse]
    """

    kwargs = _get_kwargs(
        sub_account=sub_account,
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sub_account: str,
    currency: str | Unset = UNSET,
) -> SubAccountWalletResponse:
    """Futures balances of one sub-account (main key)

     Returns the futures wallet of the sub-account `subAccount`: per currency, what is
    `available` and what is `frozen`, both decimal strings. Only currencies with a non-zero
    balance are listed (in practice USDT); `currency` narrows the answer to one. Lives on
    the futures host. Only the **main account's** API key may call it. The spot counterpart
    is `get_sub_account_spot_wallet`, with the same response shape.

    Rate limit: 12 requests per 2 seconds per API key.

    Args:
        sub_account (str): A sub-account's username as BitMart shows it (often an e-mail address).
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash,
            e.g. `USDT-TRC20`.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SubAccountWalletResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sub_account=sub_account,
            currency=currency,
        )
    ).parsed
