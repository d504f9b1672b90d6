from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.funding_withdraw_request import FundingWithdrawRequest
from ...models.funding_withdraw_response import FundingWithdrawResponse
from ...types import Response

OPERATION_ID = "submit_withdraw"


def _get_kwargs(
    *,
    body: FundingWithdrawRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/v1/withdraw/apply",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FundingWithdrawResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FundingWithdrawResponse.from_dict, client.parse_options
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
    body: FundingWithdrawRequest,
) -> Response[FundingWithdrawResponse]:
    """Withdraw to an address or to another BitMart account

     Requests a withdrawal of `amount` of `currency` (a network-qualified code such as
    `USDT-TRC20` where the currency has several networks; see `get_account_currencies`).
    The body names one of two destinations:

    * **An on-chain address**: `address` is required; add `address_memo` when the chain
      needs a tag/memo/payment id (omit it or send `""` otherwise). The address must be in
      the account's address book and verified (`get_withdraw_addresses`, `verifyStatus`
      1); addresses are added and verified on the website or app only. An address outside
      the book fails with 60007, an unverified one with 60015. `destination` is a free
      remark (older documents required `To Digital Address` there).
    * **Another BitMart account** (since 2024-02-19): `type` and `value` are required;
      `type` 1 means `value` is a BitMart id (CID), 2 an e-mail address, 3 a phone number,
      in which case `areaCode` (the country calling code, e.g. `61`) is required too.
      An unknown recipient fails with 60053, the account itself with 60065.

    When both sets of fields are sent, the on-chain address wins. `sourceAccount` (`SPOT`
    or `FUND`) picks the wallet the funds come from; without it the spot wallet is used
    first, then the fund wallet (only BitMart's Python SDK 2.8.0 documents it).

    The amount must respect `get_withdraw_quota`: at least the minimum (60005), at most
    `withdraw_precision` decimals (60006), a multiple of `withdraw_Precision_GeTen` if set
    (60013), within the daily quota (60009, 60064).

    A returned `withdraw_id` means BitMart accepted the request, not that the funds have
    left: follow it with `get_deposit_withdraw_detail` (`id` = `withdraw_id`) or find it
    as `withdraw_id` in `get_deposit_withdraw_history` with `operation_type=withdraw`,
    where `status` and, once on chain, `tx_id` show its progress. There is no client id,
    so after an unknown outcome check the history before sending the request again.

    Not available to sub-accounts (60054).

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        body (FundingWithdrawRequest): Either `address` (an on-chain address) or `type` and
            `value` (another BitMart account)
            must be given; `areaCode` too when `type` is 3. If both destinations are sent, the
            on-chain address is used.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingWithdrawResponse]
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
    body: FundingWithdrawRequest,
) -> FundingWithdrawResponse:
    """Withdraw to an address or to another BitMart account

     Requests a withdrawal of `amount` of `currency` (a network-qualified code such as
    `USDT-TRC20` where the currency has several networks; see `get_account_currencies`).
    The body names one of two destinations:

    * **An on-chain address**: `address` is required; add `address_memo` when the chain
      needs a tag/memo/payment id (omit it or send `""` otherwise). The address must be in
      the account's address book and verified (`get_withdraw_addresses`, `verifyStatus`
      1); addresses are added and verified on the website or app only. An address outside
      the book fails with 60007, an unverified one with 60015. `destination` is a free
      remark (older documents required `To Digital Address` there).
    * **Another BitMart account** (since 2024-02-19): `type` and `value` are required;
      `type` 1 means `value` is a BitMart id (CID), 2 an e-mail address, 3 a phone number,
      in which case `areaCode` (the country calling code, e.g. `61`) is required too.
      An unknown recipient fails with 60053, the account itself with 60065.

    When both sets of fields are sent, the on-chain address wins. `sourceAccount` (`SPOT`
    or `FUND`) picks the wallet the funds come from; without it the spot wallet is used
    first, then the fund wallet (only BitMart's Python SDK 2.8.0 documents it).

    The amount must respect `get_withdraw_quota`: at least the minimum (60005), at most
    `withdraw_precision` decimals (60006), a multiple of `withdraw_Precision_GeTen` if set
    (60013), within the daily quota (60009, 60064).

    A returned `withdraw_id` means BitMart accepted the request, not that the funds have
    left: follow it with `get_deposit_withdraw_detail` (`id` = `withdraw_id`) or find it
    as `withdraw_id` in `get_deposit_withdraw_history` with `operation_type=withdraw`,
    where `status` and, once on chain, `tx_id` show its progress. There is no client id,
    so after an unknown outcome check the history before sending the request again.

    Not available to sub-accounts (60054).

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        body (FundingWithdrawRequest): Either `address` (an on-chain address) or `type` and
            `value` (another BitMart account)
            must be given; `areaCode` too when `type` is 3. If both destinations are sent, the
            on-chain address is used.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingWithdrawResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FundingWithdrawRequest,
) -> Response[FundingWithdrawResponse]:
    """Withdraw to an address or to another BitMart account

     Requests a withdrawal of `amount` of `currency` (a network-qualified code such as
    `USDT-TRC20` where the currency has several networks; see `get_account_currencies`).
    The body names one of two destinations:

    * **An on-chain address**: `address` is required; add `address_memo` when the chain
      needs a tag/memo/payment id (omit it or send `""` otherwise). The address must be in
      the account's address book and verified (`get_withdraw_addresses`, `verifyStatus`
      1); addresses are added and verified on the website or app only. An address outside
      the book fails with 60007, an unverified one with 60015. `destination` is a free
      remark (older documents required `To Digital Address` there).
    * **Another BitMart account** (since 2024-02-19): `type` and `value` are required;
      `type` 1 means `value` is a BitMart id (CID), 2 an e-mail address, 3 a phone number,
      in which case `areaCode` (the country calling code, e.g. `61`) is required too.
      An unknown recipient fails with 60053, the account itself with 60065.

    When both sets of fields are sent, the on-chain address wins. `sourceAccount` (`SPOT`
    or `FUND`) picks the wallet the funds come from; without it the spot wallet is used
    first, then the fund wallet (only BitMart's Python SDK 2.8.0 documents it).

    The amount must respect `get_withdraw_quota`: at least the minimum (60005), at most
    `withdraw_precision` decimals (60006), a multiple of `withdraw_Precision_GeTen` if set
    (60013), within the daily quota (60009, 60064).

    A returned `withdraw_id` means BitMart accepted the request, not that the funds have
    left: follow it with `get_deposit_withdraw_detail` (`id` = `withdraw_id`) or find it
    as `withdraw_id` in `get_deposit_withdraw_history` with `operation_type=withdraw`,
    where `status` and, once on chain, `tx_id` show its progress. There is no client id,
    so after an unknown outcome check the history before sending the request again.

    Not available to sub-accounts (60054).

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        body (FundingWithdrawRequest): Either `address` (an on-chain address) or `type` and
            `value` (another BitMart account)
            must be given; `areaCode` too when `type` is 3. If both destinations are sent, the
            on-chain address is used.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FundingWithdrawResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FundingWithdrawRequest,
) -> FundingWithdrawResponse:
    """Withdraw to an address or to another BitMart account

     Requests a withdrawal of `amount` of `currency` (a network-qualified code such as
    `USDT-TRC20` where the currency has several networks; see `get_account_currencies`).
    The body names one of two destinations:

    * **An on-chain address**: `address` is required; add `address_memo` when the chain
      needs a tag/memo/payment id (omit it or send `""` otherwise). The address must be in
      the account's address book and verified (`get_withdraw_addresses`, `verifyStatus`
      1); addresses are added and verified on the website or app only. An address outside
      the book fails with 60007, an unverified one with 60015. `destination` is a free
      remark (older documents required `To Digital Address` there).
    * **Another BitMart account** (since 2024-02-19): `type` and `value` are required;
      `type` 1 means `value` is a BitMart id (CID), 2 an e-mail address, 3 a phone number,
      in which case `areaCode` (the country calling code, e.g. `61`) is required too.
      An unknown recipient fails with 60053, the account itself with 60065.

    When both sets of fields are sent, the on-chain address wins. `sourceAccount` (`SPOT`
    or `FUND`) picks the wallet the funds come from; without it the spot wallet is used
    first, then the fund wallet (only BitMart's Python SDK 2.8.0 documents it).

    The amount must respect `get_withdraw_quota`: at least the minimum (60005), at most
    `withdraw_precision` decimals (60006), a multiple of `withdraw_Precision_GeTen` if set
    (60013), within the daily quota (60009, 60064).

    A returned `withdraw_id` means BitMart accepted the request, not that the funds have
    left: follow it with `get_deposit_withdraw_detail` (`id` = `withdraw_id`) or find it
    as `withdraw_id` in `get_deposit_withdraw_history` with `operation_type=withdraw`,
    where `status` and, once on chain, `tx_id` show its progress. There is no client id,
    so after an unknown outcome check the history before sending the request again.

    Not available to sub-accounts (60054).

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        body (FundingWithdrawRequest): Either `address` (an on-chain address) or `type` and
            `value` (another BitMart account)
            must be given; `areaCode` too when `type` is 3. If both destinations are sent, the
            on-chain address is used.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FundingWithdrawResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
