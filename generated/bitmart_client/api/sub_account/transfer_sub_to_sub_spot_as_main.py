from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.empty_success_response import EmptySuccessResponse
from ...models.sub_account_spot_sub_to_sub_as_main_request import (
    SubAccountSpotSubToSubAsMainRequest,
)
from ...types import Response

OPERATION_ID = "transfer_sub_to_sub_spot_as_main"


def _get_kwargs(
    *,
    body: SubAccountSpotSubToSubAsMainRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/sub-account/main/v1/sub-to-sub",
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
    body: SubAccountSpotSubToSubAsMainRequest,
) -> Response[EmptySuccessResponse]:
    """Move spot funds between two sub-accounts (main key)

     Moves `amount` of `currency` from the spot wallet of sub-account `fromAccount` to the
    spot wallet of sub-account `toAccount`, both belonging to the caller. Only the **main
    account's** API key may call it. Sub-accounts used to have their own variant,
    `/account/sub-account/sub/v1/sub-to-sub` (`transfer_sub_to_sub_spot_as_sub_v1`), which
    BitMart removed in March 2024. There is no futures counterpart.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). Reusing a number is refused with 61004, so a transfer whose outcome
    is unknown can be resent unchanged without moving the funds twice; use a fresh number
    for every new transfer. `get_sub_account_spot_transfers_as_main` lists what went through.

    `amount` is a decimal string (the body field is `amount`; one third-party library sends
    `quantity`, which BitMart does not read). Zero or less is refused with 61000; an unknown
    source sub-account with 61003, an unknown destination with 61002. `data` is empty: code
    1000 alone says the transfer is done.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToSubAsMainRequest):

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
    body: SubAccountSpotSubToSubAsMainRequest,
) -> EmptySuccessResponse:
    """Move spot funds between two sub-accounts (main key)

     Moves `amount` of `currency` from the spot wallet of sub-account `fromAccount` to the
    spot wallet of sub-account `toAccount`, both belonging to the caller. Only the **main
    account's** API key may call it. Sub-accounts used to have their own variant,
    `/account/sub-account/sub/v1/sub-to-sub` (`transfer_sub_to_sub_spot_as_sub_v1`), which
    BitMart removed in March 2024. There is no futures counterpart.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). Reusing a number is refused with 61004, so a transfer whose outcome
    is unknown can be resent unchanged without moving the funds twice; use a fresh number
    for every new transfer. `get_sub_account_spot_transfers_as_main` lists what went through.

    `amount` is a decimal string (the body field is `amount`; one third-party library sends
    `quantity`, which BitMart does not read). Zero or less is refused with 61000; an unknown
    source sub-account with 61003, an unknown destination with 61002. `data` is empty: code
    1000 alone says the transfer is done.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToSubAsMainRequest):

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
    body: SubAccountSpotSubToSubAsMainRequest,
) -> Response[EmptySuccessResponse]:
    """Move spot funds between two sub-accounts (main key)

     Moves `amount` of `currency` from the spot wallet of sub-account `fromAccount` to the
    spot wallet of sub-account `toAccount`, both belonging to the caller. Only the **main
    account's** API key may call it. Sub-accounts used to have their own variant,
    `/account/sub-account/sub/v1/sub-to-sub` (`transfer_sub_to_sub_spot_as_sub_v1`), which
    BitMart removed in March 2024. There is no futures counterpart.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). Reusing a number is refused with 61004, so a transfer whose outcome
    is unknown can be resent unchanged without moving the funds twice; use a fresh number
    for every new transfer. `get_sub_account_spot_transfers_as_main` lists what went through.

    `amount` is a decimal string (the body field is `amount`; one third-party library sends
    `quantity`, which BitMart does not read). Zero or less is refused with 61000; an unknown
    source sub-account with 61003, an unknown destination with 61002. `data` is empty: code
    1000 alone says the transfer is done.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToSubAsMainRequest):

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
    body: SubAccountSpotSubToSubAsMainRequest,
) -> EmptySuccessResponse:
    """Move spot funds between two sub-accounts (main key)

     Moves `amount` of `currency` from the spot wallet of sub-account `fromAccount` to the
    spot wallet of sub-account `toAccount`, both belonging to the caller. Only the **main
    account's** API key may call it. Sub-accounts used to have their own variant,
    `/account/sub-account/sub/v1/sub-to-sub` (`transfer_sub_to_sub_spot_as_sub_v1`), which
    BitMart removed in March 2024. There is no futures counterpart.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). Reusing a number is refused with 61004, so a transfer whose outcome
    is unknown can be resent unchanged without moving the funds twice; use a fresh number
    for every new transfer. `get_sub_account_spot_transfers_as_main` lists what went through.

    `amount` is a decimal string (the body field is `amount`; one third-party library sends
    `quantity`, which BitMart does not read). Zero or less is refused with 61000; an unknown
    source sub-account with 61003, an unknown destination with 61002. `data` is empty: code
    1000 alone says the transfer is done.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToSubAsMainRequest):

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
