from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_deposit_account_response import FundingDepositAccountResponse
from ...models.funding_set_deposit_account_request import (
    FundingSetDepositAccountRequest,
)
from ...types import Response

OPERATION_ID = "set_deposit_account"


def _get_kwargs(
    *,
    body: FundingSetDepositAccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/v1/set-deposit-account",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: FundingSetDepositAccountRequest,
) -> Response[FundingDepositAccountResponse]:
    """Choose the wallet that deposits are credited to

     Sets which wallet incoming deposits are credited to from now on: `SPOT`, `CONTRACT`
    (futures) or `FUND`. Sub-accounts cannot use it.

    Only BitMart's Python SDK (2.8.0) knows this endpoint. It sends `account_type` only
    when given; this document requires it, since the call means nothing without it. No
    source shows the response: `FundingDepositAccount` (all fields optional) accepts both
    an empty `data` and an echo of the new setting.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FundingSetDepositAccountRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingDepositAccountResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FundingSetDepositAccountRequest,
) -> FundingDepositAccountResponse:
    """Choose the wallet that deposits are credited to

     Sets which wallet incoming deposits are credited to from now on: `SPOT`, `CONTRACT`
    (futures) or `FUND`. Sub-accounts cannot use it.

    Only BitMart's Python SDK (2.8.0) knows this endpoint. It sends `account_type` only
    when given; this document requires it, since the call means nothing without it. No
    source shows the response: `FundingDepositAccount` (all fields optional) accepts both
    an empty `data` and an echo of the new setting.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FundingSetDepositAccountRequest):

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
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FundingSetDepositAccountRequest,
) -> Response[FundingDepositAccountResponse]:
    """Choose the wallet that deposits are credited to

     Sets which wallet incoming deposits are credited to from now on: `SPOT`, `CONTRACT`
    (futures) or `FUND`. Sub-accounts cannot use it.

    Only BitMart's Python SDK (2.8.0) knows this endpoint. It sends `account_type` only
    when given; this document requires it, since the call means nothing without it. No
    source shows the response: `FundingDepositAccount` (all fields optional) accepts both
    an empty `data` and an echo of the new setting.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FundingSetDepositAccountRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingDepositAccountResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FundingSetDepositAccountRequest,
) -> FundingDepositAccountResponse:
    """Choose the wallet that deposits are credited to

     Sets which wallet incoming deposits are credited to from now on: `SPOT`, `CONTRACT`
    (futures) or `FUND`. Sub-accounts cannot use it.

    Only BitMart's Python SDK (2.8.0) knows this endpoint. It sends `account_type` only
    when given; this document requires it, since the call means nothing without it. No
    source shows the response: `FundingDepositAccount` (all fields optional) accepts both
    an empty `data` and an echo of the new setting.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FundingSetDepositAccountRequest):

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
            body=body,
        )
    ).parsed
