from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.sub_account_list_response import SubAccountListResponse
from ...types import Response

OPERATION_ID = "get_sub_accounts"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/sub-account/main/v1/subaccount-list",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubAccountListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, SubAccountListResponse.from_dict, client.parse_options
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
) -> Response[SubAccountListResponse]:
    """The main account's sub-accounts (main key)

     Lists every sub-account of the calling main account: its username (`accountName`, the
    name the other sub-account operations take) and its `status`, an integer: 0 disabled
    by BitMart, 1 normal, 2 frozen by the main account. Only the **main account's** API key
    may call it. There is no futures variant: the list is the same for both families.

    Rate limit: 8 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SubAccountListResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> SubAccountListResponse:
    """The main account's sub-accounts (main key)

     Lists every sub-account of the calling main account: its username (`accountName`, the
    name the other sub-account operations take) and its `status`, an integer: 0 disabled
    by BitMart, 1 normal, 2 frozen by the main account. Only the **main account's** API key
    may call it. There is no futures variant: the list is the same for both families.

    Rate limit: 8 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SubAccountListResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SubAccountListResponse]:
    """The main account's sub-accounts (main key)

     Lists every sub-account of the calling main account: its username (`accountName`, the
    name the other sub-account operations take) and its `status`, an integer: 0 disabled
    by BitMart, 1 normal, 2 frozen by the main account. Only the **main account's** API key
    may call it. There is no futures variant: the list is the same for both families.

    Rate limit: 8 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SubAccountListResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> SubAccountListResponse:
    """The main account's sub-accounts (main key)

     Lists every sub-account of the calling main account: its username (`accountName`, the
    name the other sub-account operations take) and its `status`, an integer: 0 disabled
    by BitMart, 1 normal, 2 frozen by the main account. Only the **main account's** API key
    may call it. There is no futures variant: the list is the same for both families.

    Rate limit: 8 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SubAccountListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
