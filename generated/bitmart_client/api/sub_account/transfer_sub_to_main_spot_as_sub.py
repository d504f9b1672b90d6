from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.empty_success_response import EmptySuccessResponse
from ...models.sub_account_spot_sub_to_main_as_sub_request import (
    SubAccountSpotSubToMainAsSubRequest,
)
from ...types import Response

OPERATION_ID = "transfer_sub_to_main_spot_as_sub"


def _get_kwargs(
    *,
    body: SubAccountSpotSubToMainAsSubRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/sub-account/sub/v1/sub-to-main",
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
    body: SubAccountSpotSubToMainAsSubRequest,
) -> Response[EmptySuccessResponse]:
    """Push spot funds from this sub-account to its main account (sub-account key)

     Moves `amount` of `currency` from the calling sub-account's spot wallet to the spot
    wallet of its main account. Must be signed with the **sub-account's own** API key: the
    source is the key's account, so the body names no account (BitMart's Postman example
    also sends `subAccount`, which the SDKs leave out and which is not needed). A main key is
    refused (60027, "only supports sub-account calls", is the code BitMart has for this). The main
    account pulls funds with `transfer_sub_to_main_spot_as_main`; the
    futures counterpart is `transfer_sub_to_main_futures_as_sub`.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). Reusing a number is refused with 61004, so a transfer whose outcome
    is unknown can be resent unchanged without moving the funds twice; use a fresh number
    for every new transfer. `get_sub_account_spot_transfers` lists what went through.

    `amount` is a decimal string; zero or less is refused with 61000. `data` is empty: code
    1000 alone says the transfer is done. A sub-account frozen by its main account is
    refused (60029).

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToMainAsSubRequest):

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
    body: SubAccountSpotSubToMainAsSubRequest,
) -> EmptySuccessResponse:
    """Push spot funds from this sub-account to its main account (sub-account key)

     Moves `amount` of `currency` from the calling sub-account's spot wallet to the spot
    wallet of its main account. Must be signed with the **sub-account's own** API key: the
    source is the key's account, so the body names no account (BitMart's Postman example
    also sends `subAccount`, which the SDKs leave out and which is not needed). A main key is
    refused (60027, "only supports sub-account calls", is the code BitMart has for this). The main
    account pulls funds with `transfer_sub_to_main_spot_as_main`; the
    futures counterpart is `transfer_sub_to_main_futures_as_sub`.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). Reusing a number is refused with 61004, so a transfer whose outcome
    is unknown can be resent unchanged without moving the funds twice; use a fresh number
    for every new transfer. `get_sub_account_spot_transfers` lists what went through.

    `amount` is a decimal string; zero or less is refused with 61000. `data` is empty: code
    1000 alone says the transfer is done. A sub-account frozen by its main account is
    refused (60029).

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToMainAsSubRequest):

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
    body: SubAccountSpotSubToMainAsSubRequest,
) -> Response[EmptySuccessResponse]:
    """Push spot funds from this sub-account to its main account (sub-account key)

     Moves `amount` of `currency` from the calling sub-account's spot wallet to the spot
    wallet of its main account. Must be signed with the **sub-account's own** API key: the
    source is the key's account, so the body names no account (BitMart's Postman example
    also sends `subAccount`, which the SDKs leave out and which is not needed). A main key is
    refused (60027, "only supports sub-account calls", is the code BitMart has for this). The main
    account pulls funds with `transfer_sub_to_main_spot_as_main`; the
    futures counterpart is `transfer_sub_to_main_futures_as_sub`.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). Reusing a number is refused with 61004, so a transfer whose outcome
    is unknown can be resent unchanged without moving the funds twice; use a fresh number
    for every new transfer. `get_sub_account_spot_transfers` lists what went through.

    `amount` is a decimal string; zero or less is refused with 61000. `data` is empty: code
    1000 alone says the transfer is done. A sub-account frozen by its main account is
    refused (60029).

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToMainAsSubRequest):

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
    body: SubAccountSpotSubToMainAsSubRequest,
) -> EmptySuccessResponse:
    """Push spot funds from this sub-account to its main account (sub-account key)

     Moves `amount` of `currency` from the calling sub-account's spot wallet to the spot
    wallet of its main account. Must be signed with the **sub-account's own** API key: the
    source is the key's account, so the body names no account (BitMart's Postman example
    also sends `subAccount`, which the SDKs leave out and which is not needed). A main key is
    refused (60027, "only supports sub-account calls", is the code BitMart has for this). The main
    account pulls funds with `transfer_sub_to_main_spot_as_main`; the
    futures counterpart is `transfer_sub_to_main_futures_as_sub`.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). Reusing a number is refused with 61004, so a transfer whose outcome
    is unknown can be resent unchanged without moving the funds twice; use a fresh number
    for every new transfer. `get_sub_account_spot_transfers` lists what went through.

    `amount` is a decimal string; zero or less is refused with 61000. `data` is empty: code
    1000 alone says the transfer is done. A sub-account frozen by its main account is
    refused (60029).

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToMainAsSubRequest):

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
