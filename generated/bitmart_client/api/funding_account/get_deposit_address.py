from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_deposit_address_response import FundingDepositAddressResponse
from ...types import UNSET, Response

OPERATION_ID = "get_deposit_address"


def _get_kwargs(
    *,
    currency: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/v1/deposit/address",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingDepositAddressResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FundingDepositAddressResponse.from_dict,
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
) -> Response[FundingDepositAddressResponse]:
    """Deposit address of a currency

     Returns the account's deposit address for one currency channel. For currencies on
    several networks the network is part of the code: `USDT-TRC20` and `USDT-ERC20` have
    different addresses, and plain `USDT` means the legacy OMNI network (see
    `get_account_currencies` for the codes).

    Some chains need a tag as well as the address (called tag, memo or payment id depending
    on the chain); BitMart always returns it as `address_memo`, an empty string when the
    chain has none. A deposit sent without a required tag is not credited automatically.

    Not available to sub-accounts.

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
        Response[FundingDepositAddressResponse]
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
) -> FundingDepositAddressResponse:
    """Deposit address of a currency

     Returns the account's deposit address for one currency channel. For currencies on
    several networks the network is part of the code: `USDT-TRC20` and `USDT-ERC20` have
    different addresses, and plain `USDT` means the legacy OMNI network (see
    `get_account_currencies` for the codes).

    Some chains need a tag as well as the address (called tag, memo or payment id depending
    on the chain); BitMart always returns it as `address_memo`, an empty string when the
    chain has none. A deposit sent without a required tag is not credited automatically.

    Not available to sub-accounts.

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
        FundingDepositAddressResponse
    """

    return sync_detailed(
        client=client,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    currency: str,
) -> Response[FundingDepositAddressResponse]:
    """Deposit address of a currency

     Returns the account's deposit address for one currency channel. For currencies on
    several networks the network is part of the code: `USDT-TRC20` and `USDT-ERC20` have
    different addresses, and plain `USDT` means the legacy OMNI network (see
    `get_account_currencies` for the codes).

    Some chains need a tag as well as the address (called tag, memo or payment id depending
    on the chain); BitMart always returns it as `address_memo`, an empty string when the
    chain has none. A deposit sent without a required tag is not credited automatically.

    Not available to sub-accounts.

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
        Response[FundingDepositAddressResponse]
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
) -> FundingDepositAddressResponse:
    """Deposit address of a currency

     Returns the account's deposit address for one currency channel. For currencies on
    several networks the network is part of the code: `USDT-TRC20` and `USDT-ERC20` have
    different addresses, and plain `USDT` means the legacy OMNI network (see
    `get_account_currencies` for the codes).

    Some chains need a tag as well as the address (called tag, memo or payment id depending
    on the chain); BitMart always returns it as `address_memo`, an empty string when the
    chain has none. A deposit sent without a required tag is not credited automatically.

    Not available to sub-accounts.

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
        FundingDepositAddressResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            currency=currency,
        )
    ).parsed
