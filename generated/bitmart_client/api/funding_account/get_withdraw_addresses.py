from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_withdraw_addresses_response import (
    FundingWithdrawAddressesResponse,
)
from ...types import Response

OPERATION_ID = "get_withdraw_addresses"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/v1/withdraw/address/list",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingWithdrawAddressesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FundingWithdrawAddressesResponse.from_dict,
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
) -> Response[FundingWithdrawAddressesResponse]:
    """Withdrawal address book

     Lists the addresses saved in the account's withdrawal address book (managed on the
    website or app, not through the API). `submit_withdraw` can only send to an address of
    this list whose `verifyStatus` is 1 (verified).

    `addressType` says what an address can receive: 0 a standard address (one currency on
    one network; `currency` and `network` are set), 1 a universal address (every currency
    of one network; only `network` is set), 2 an EVM address (currencies of any EVM
    network; neither is set). Field names are camelCase here.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingWithdrawAddressesResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> FundingWithdrawAddressesResponse:
    """Withdrawal address book

     Lists the addresses saved in the account's withdrawal address book (managed on the
    website or app, not through the API). `submit_withdraw` can only send to an address of
    this list whose `verifyStatus` is 1 (verified).

    `addressType` says what an address can receive: 0 a standard address (one currency on
    one network; `currency` and `network` are set), 1 a universal address (every currency
    of one network; only `network` is set), 2 an EVM address (currencies of any EVM
    network; neither is set). Field names are camelCase here.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingWithdrawAddressesResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[FundingWithdrawAddressesResponse]:
    """Withdrawal address book

     Lists the addresses saved in the account's withdrawal address book (managed on the
    website or app, not through the API). `submit_withdraw` can only send to an address of
    this list whose `verifyStatus` is 1 (verified).

    `addressType` says what an address can receive: 0 a standard address (one currency on
    one network; `currency` and `network` are set), 1 a universal address (every currency
    of one network; only `network` is set), 2 an EVM address (currencies of any EVM
    network; neither is set). Field names are camelCase here.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingWithdrawAddressesResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> FundingWithdrawAddressesResponse:
    """Withdrawal address book

     Lists the addresses saved in the account's withdrawal address book (managed on the
    website or app, not through the API). `submit_withdraw` can only send to an address of
    this list whose `verifyStatus` is 1 (verified).

    `addressType` says what an address can receive: 0 a standard address (one currency on
    one network; `currency` and `network` are set), 1 a universal address (every currency
    of one network; only `network` is set), 2 an EVM address (currencies of any EVM
    network; neither is set). Field names are camelCase here.

    Rate limit: 2 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingWithdrawAddressesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
