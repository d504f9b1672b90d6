from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_transfer_request import FundingTransferRequest
from ...models.funding_transfer_response import FundingTransferResponse
from ...types import Response

OPERATION_ID = "transfer_spot_fund"


def _get_kwargs(
    *,
    body: FundingTransferRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/v1/transfer",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingTransferResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FundingTransferResponse.from_dict, client.parse_options
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
    body: FundingTransferRequest,
) -> Response[FundingTransferResponse]:
    """Transfer between the spot wallet and the fund wallet

     Moves `amount` of `currency` between the account's spot wallet and its fund wallet:
    `type` `spot_to_fund` or `fund_to_spot`. The fund wallet is where deposits land when
    `set_deposit_account` chose `FUND`, and a source `submit_withdraw` can draw on.

    Only BitMart's Python SDK (2.8.0) knows this endpoint. It sends each field only when
    given; this document requires all three, since a transfer needs them. No source shows
    the response: `FundingTransferResult` assumes the echo of currency and amount that
    the sibling `/account/v1/transfer-contract` sends, all fields optional, so an empty
    `data` is accepted too. There is no client id: after an unknown outcome, check the
    balances (`get_account_balance`) before sending it again.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FundingTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingTransferResponse]
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
    body: FundingTransferRequest,
) -> FundingTransferResponse:
    """Transfer between the spot wallet and the fund wallet

     Moves `amount` of `currency` between the account's spot wallet and its fund wallet:
    `type` `spot_to_fund` or `fund_to_spot`. The fund wallet is where deposits land when
    `set_deposit_account` chose `FUND`, and a source `submit_withdraw` can draw on.

    Only BitMart's Python SDK (2.8.0) knows this endpoint. It sends each field only when
    given; this document requires all three, since a transfer needs them. No source shows
    the response: `FundingTransferResult` assumes the echo of currency and amount that
    the sibling `/account/v1/transfer-contract` sends, all fields optional, so an empty
    `data` is accepted too. There is no client id: after an unknown outcome, check the
    balances (`get_account_balance`) before sending it again.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FundingTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingTransferResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FundingTransferRequest,
) -> Response[FundingTransferResponse]:
    """Transfer between the spot wallet and the fund wallet

     Moves `amount` of `currency` between the account's spot wallet and its fund wallet:
    `type` `spot_to_fund` or `fund_to_spot`. The fund wallet is where deposits land when
    `set_deposit_account` chose `FUND`, and a source `submit_withdraw` can draw on.

    Only BitMart's Python SDK (2.8.0) knows this endpoint. It sends each field only when
    given; this document requires all three, since a transfer needs them. No source shows
    the response: `FundingTransferResult` assumes the echo of currency and amount that
    the sibling `/account/v1/transfer-contract` sends, all fields optional, so an empty
    `data` is accepted too. There is no client id: after an unknown outcome, check the
    balances (`get_account_balance`) before sending it again.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FundingTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingTransferResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FundingTransferRequest,
) -> FundingTransferResponse:
    """Transfer between the spot wallet and the fund wallet

     Moves `amount` of `currency` between the account's spot wallet and its fund wallet:
    `type` `spot_to_fund` or `fund_to_spot`. The fund wallet is where deposits land when
    `set_deposit_account` chose `FUND`, and a source `submit_withdraw` can draw on.

    Only BitMart's Python SDK (2.8.0) knows this endpoint. It sends each field only when
    given; this document requires all three, since a transfer needs them. No source shows
    the response: `FundingTransferResult` assumes the echo of currency and amount that
    the sibling `/account/v1/transfer-contract` sends, all fields optional, so an empty
    `data` is accepted too. There is no client id: after an unknown outcome, check the
    balances (`get_account_balance`) before sending it again.

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        body (FundingTransferRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingTransferResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
