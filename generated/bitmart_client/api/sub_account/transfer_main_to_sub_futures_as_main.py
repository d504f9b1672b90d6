from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.empty_success_response import EmptySuccessResponse
from ...models.sub_account_futures_main_to_sub_as_main_request import (
    SubAccountFuturesMainToSubAsMainRequest,
)
from ...types import Response

OPERATION_ID = "transfer_main_to_sub_futures_as_main"


def _get_kwargs(
    *,
    body: SubAccountFuturesMainToSubAsMainRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/contract/sub-account/main/v1/main-to-sub",
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
    body: SubAccountFuturesMainToSubAsMainRequest,
) -> Response[EmptySuccessResponse]:
    """Send futures USDT from the main account to a sub-account (main key)

     Moves `amount` USDT from the main account's futures wallet to the futures wallet of the
    sub-account `subAccount`. Lives on the futures host. Only the **main account's** API
    key may call it; there is no sub-account variant. Unlike the spot variant
    (`transfer_main_to_sub_spot_as_main`), only USDT can be moved and the limit is 8 rather
    than 2 per 2 seconds.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). BitMart refuses a second transfer with the same number (61004),
    so a request whose outcome is unknown can be sent again unchanged without moving the
    funds twice; use a fresh number for every new transfer.
    `get_sub_account_futures_transfers_as_main` lists what went through.

    `amount` is a decimal string; zero or less is refused with 61000. An unknown
    `subAccount` is refused with 61003. `data` is empty: code 1000 alone says the transfer is
    done.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        body (SubAccountFuturesMainToSubAsMainRequest):

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
    body: SubAccountFuturesMainToSubAsMainRequest,
) -> EmptySuccessResponse:
    """Send futures USDT from the main account to a sub-account (main key)

     Moves `amount` USDT from the main account's futures wallet to the futures wallet of the
    sub-account `subAccount`. Lives on the futures host. Only the **main account's** API
    key may call it; there is no sub-account variant. Unlike the spot variant
    (`transfer_main_to_sub_spot_as_main`), only USDT can be moved and the limit is 8 rather
    than 2 per 2 seconds.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). BitMart refuses a second transfer with the same number (61004),
    so a request whose outcome is unknown can be sent again unchanged without moving the
    funds twice; use a fresh number for every new transfer.
    `get_sub_account_futures_transfers_as_main` lists what went through.

    `amount` is a decimal string; zero or less is refused with 61000. An unknown
    `subAccount` is refused with 61003. `data` is empty: code 1000 alone says the transfer is
    done.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        body (SubAccountFuturesMainToSubAsMainRequest):

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
    body: SubAccountFuturesMainToSubAsMainRequest,
) -> Response[EmptySuccessResponse]:
    """Send futures USDT from the main account to a sub-account (main key)

     Moves `amount` USDT from the main account's futures wallet to the futures wallet of the
    sub-account `subAccount`. Lives on the futures host. Only the **main account's** API
    key may call it; there is no sub-account variant. Unlike the spot variant
    (`transfer_main_to_sub_spot_as_main`), only USDT can be moved and the limit is 8 rather
    than 2 per 2 seconds.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). BitMart refuses a second transfer with the same number (61004),
    so a request whose outcome is unknown can be sent again unchanged without moving the
    funds twice; use a fresh number for every new transfer.
    `get_sub_account_futures_transfers_as_main` lists what went through.

    `amount` is a decimal string; zero or less is refused with 61000. An unknown
    `subAccount` is refused with 61003. `data` is empty: code 1000 alone says the transfer is
    done.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        body (SubAccountFuturesMainToSubAsMainRequest):

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
    body: SubAccountFuturesMainToSubAsMainRequest,
) -> EmptySuccessResponse:
    """Send futures USDT from the main account to a sub-account (main key)

     Moves `amount` USDT from the main account's futures wallet to the futures wallet of the
    sub-account `subAccount`. Lives on the futures host. Only the **main account's** API
    key may call it; there is no sub-account variant. Unlike the spot variant
    (`transfer_main_to_sub_spot_as_main`), only USDT can be moved and the limit is 8 rather
    than 2 per 2 seconds.

    `requestNo` is a transfer number of the caller's choosing (a UUID is the usual choice, at
    most 64 characters). BitMart refuses a second transfer with the same number (61004),
    so a request whose outcome is unknown can be sent again unchanged without moving the
    funds twice; use a fresh number for every new transfer.
    `get_sub_account_futures_transfers_as_main` lists what went through.

    `amount` is a decimal string; zero or less is refused with 61000. An unknown
    `subAccount` is refused with 61003. `data` is empty: code 1000 alone says the transfer is
    done.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        body (SubAccountFuturesMainToSubAsMainRequest):

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
