from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.empty_success_response import EmptySuccessResponse
from ...models.sub_account_spot_sub_to_main_as_main_request import (
    SubAccountSpotSubToMainAsMainRequest,
)
from ...types import Response

OPERATION_ID = "transfer_sub_to_main_spot_as_main"


def _get_kwargs(
    *,
    body: SubAccountSpotSubToMainAsMainRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/sub-account/main/v1/sub-to-main",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptySuccessResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, EmptySuccessResponse.from_dict, client.parse_options
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
    body: SubAccountSpotSubToMainAsMainRequest,
) -> Response[EmptySuccessResponse]:
    """Pull spot funds from a sub-account into the main account (main key)

     Moves `amount` of `currency` from the spot wallet of the sub-account `subAccount` to the
    spot wallet of the main account. Must be signed with the **main account's** API key; a
    sub-account pushing its own funds up uses `transfer_sub_to_main_spot_as_sub`
    (`/account/sub-account/sub/v1/sub-to-main`) instead. The futures counterpart,
    `transfer_sub_to_main_futures_as_main`, moves USDT between futures wallets on the futures
    host.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). BitMart records it and answers 61004 to any later transfer that
    reuses it, so a request whose outcome is unknown (timeout, dropped connection) can be
    sent again unchanged: it either goes through once or fails with 61004, never moves the
    funds twice. Use a fresh number for every new transfer. A 61004 after a resend means the
    first attempt was recorded; `get_sub_account_spot_transfers_as_main` shows it.

    `amount` is a decimal string; zero or less is refused with 61000. `data` is empty: code
    1000 alone says the transfer is done. Sub-account endpoints are only open to
    institutional (organization) accounts; others get 61006.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToMainAsMainRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EmptySuccessResponse]
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
    body: SubAccountSpotSubToMainAsMainRequest,
) -> EmptySuccessResponse:
    """Pull spot funds from a sub-account into the main account (main key)

     Moves `amount` of `currency` from the spot wallet of the sub-account `subAccount` to the
    spot wallet of the main account. Must be signed with the **main account's** API key; a
    sub-account pushing its own funds up uses `transfer_sub_to_main_spot_as_sub`
    (`/account/sub-account/sub/v1/sub-to-main`) instead. The futures counterpart,
    `transfer_sub_to_main_futures_as_main`, moves USDT between futures wallets on the futures
    host.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). BitMart records it and answers 61004 to any later transfer that
    reuses it, so a request whose outcome is unknown (timeout, dropped connection) can be
    sent again unchanged: it either goes through once or fails with 61004, never moves the
    funds twice. Use a fresh number for every new transfer. A 61004 after a resend means the
    first attempt was recorded; `get_sub_account_spot_transfers_as_main` shows it.

    `amount` is a decimal string; zero or less is refused with 61000. `data` is empty: code
    1000 alone says the transfer is done. Sub-account endpoints are only open to
    institutional (organization) accounts; others get 61006.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToMainAsMainRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EmptySuccessResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubAccountSpotSubToMainAsMainRequest,
) -> Response[EmptySuccessResponse]:
    """Pull spot funds from a sub-account into the main account (main key)

     Moves `amount` of `currency` from the spot wallet of the sub-account `subAccount` to the
    spot wallet of the main account. Must be signed with the **main account's** API key; a
    sub-account pushing its own funds up uses `transfer_sub_to_main_spot_as_sub`
    (`/account/sub-account/sub/v1/sub-to-main`) instead. The futures counterpart,
    `transfer_sub_to_main_futures_as_main`, moves USDT between futures wallets on the futures
    host.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). BitMart records it and answers 61004 to any later transfer that
    reuses it, so a request whose outcome is unknown (timeout, dropped connection) can be
    sent again unchanged: it either goes through once or fails with 61004, never moves the
    funds twice. Use a fresh number for every new transfer. A 61004 after a resend means the
    first attempt was recorded; `get_sub_account_spot_transfers_as_main` shows it.

    `amount` is a decimal string; zero or less is refused with 61000. `data` is empty: code
    1000 alone says the transfer is done. Sub-account endpoints are only open to
    institutional (organization) accounts; others get 61006.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToMainAsMainRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[EmptySuccessResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubAccountSpotSubToMainAsMainRequest,
) -> EmptySuccessResponse:
    """Pull spot funds from a sub-account into the main account (main key)

     Moves `amount` of `currency` from the spot wallet of the sub-account `subAccount` to the
    spot wallet of the main account. Must be signed with the **main account's** API key; a
    sub-account pushing its own funds up uses `transfer_sub_to_main_spot_as_sub`
    (`/account/sub-account/sub/v1/sub-to-main`) instead. The futures counterpart,
    `transfer_sub_to_main_futures_as_main`, moves USDT between futures wallets on the futures
    host.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). BitMart records it and answers 61004 to any later transfer that
    reuses it, so a request whose outcome is unknown (timeout, dropped connection) can be
    sent again unchanged: it either goes through once or fails with 61004, never moves the
    funds twice. Use a fresh number for every new transfer. A 61004 after a resend means the
    first attempt was recorded; `get_sub_account_spot_transfers_as_main` shows it.

    `amount` is a decimal string; zero or less is refused with 61000. `data` is empty: code
    1000 alone says the transfer is done. Sub-account endpoints are only open to
    institutional (organization) accounts; others get 61006.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToMainAsMainRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        EmptySuccessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
