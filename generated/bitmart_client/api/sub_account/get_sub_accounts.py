from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.responses import parse_success

from ...client import AuthenticatedClient
from ...models.sub_accounts_response import SubAccountsResponse
from ...types import Response

OPERATION_ID = "get_sub_accounts"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/sub-account/main/v1/subaccount-list",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(*, response: httpx.Response) -> Response[SubAccountsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_success(OPERATION_ID, response, SubAccountsResponse.from_dict),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SubAccountsResponse]:
    """Get Sub-Account List

     Get Sub-Account List (main account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees

    Rate limit: 8 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SubAccountsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> SubAccountsResponse:
    """Get Sub-Account List

     Get Sub-Account List (main account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees

    Rate limit: 8 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SubAccountsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SubAccountsResponse]:
    """Get Sub-Account List

     Get Sub-Account List (main account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees

    Rate limit: 8 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SubAccountsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> SubAccountsResponse:
    """Get Sub-Account List

     Get Sub-Account List (main account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees

    Rate limit: 8 requests per 2 seconds per API key.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SubAccountsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
