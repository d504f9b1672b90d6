from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.empty_success_response import EmptySuccessResponse
from ...models.sub_account_spot_sub_to_sub_as_sub_request import (
    SubAccountSpotSubToSubAsSubRequest,
)
from ...types import Response

OPERATION_ID = "transfer_sub_to_sub_spot_as_sub_v1"


def _get_kwargs(
    *,
    body: SubAccountSpotSubToSubAsSubRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/sub-account/sub/v1/sub-to-sub",
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
    body: SubAccountSpotSubToSubAsSubRequest,
) -> Response[EmptySuccessResponse]:
    """Move spot funds from this sub-account to a sibling (sub-account key, retired)

     Retired: BitMart deleted this endpoint on 2024-03-07 (spot change log). Have the main
    account make the transfer with `transfer_sub_to_sub_spot_as_main`
    (`/account/sub-account/main/v1/sub-to-sub`), naming both sub-accounts. BitMart's
    rate-limit table still lists the path, but a call is expected to be refused (30031
    "endpoint deprecated", or 30000 with HTTP 404 once the route is gone).

    When it was live it moved `amount` of `currency` from the calling sub-account's spot
    wallet to the spot wallet of the sibling sub-account `subAccount` (same main account),
    signed with the **sub-account's own** key. Like every transfer it took a caller-chosen
    `requestNo` (at most 64 characters) that BitMart refused to see twice (61004), so a
    resend could not move the funds twice. It is described from BitMart's Postman collection
    and a third-party SDK; the official SDKs never exposed it.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToSubAsSubRequest):

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
    body: SubAccountSpotSubToSubAsSubRequest,
) -> EmptySuccessResponse:
    """Move spot funds from this sub-account to a sibling (sub-account key, retired)

     Retired: BitMart deleted this endpoint on 2024-03-07 (spot change log). Have the main
    account make the transfer with `transfer_sub_to_sub_spot_as_main`
    (`/account/sub-account/main/v1/sub-to-sub`), naming both sub-accounts. BitMart's
    rate-limit table still lists the path, but a call is expected to be refused (30031
    "endpoint deprecated", or 30000 with HTTP 404 once the route is gone).

    When it was live it moved `amount` of `currency` from the calling sub-account's spot
    wallet to the spot wallet of the sibling sub-account `subAccount` (same main account),
    signed with the **sub-account's own** key. Like every transfer it took a caller-chosen
    `requestNo` (at most 64 characters) that BitMart refused to see twice (61004), so a
    resend could not move the funds twice. It is described from BitMart's Postman collection
    and a third-party SDK; the official SDKs never exposed it.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToSubAsSubRequest):

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
    body: SubAccountSpotSubToSubAsSubRequest,
) -> Response[EmptySuccessResponse]:
    """Move spot funds from this sub-account to a sibling (sub-account key, retired)

     Retired: BitMart deleted this endpoint on 2024-03-07 (spot change log). Have the main
    account make the transfer with `transfer_sub_to_sub_spot_as_main`
    (`/account/sub-account/main/v1/sub-to-sub`), naming both sub-accounts. BitMart's
    rate-limit table still lists the path, but a call is expected to be refused (30031
    "endpoint deprecated", or 30000 with HTTP 404 once the route is gone).

    When it was live it moved `amount` of `currency` from the calling sub-account's spot
    wallet to the spot wallet of the sibling sub-account `subAccount` (same main account),
    signed with the **sub-account's own** key. Like every transfer it took a caller-chosen
    `requestNo` (at most 64 characters) that BitMart refused to see twice (61004), so a
    resend could not move the funds twice. It is described from BitMart's Postman collection
    and a third-party SDK; the official SDKs never exposed it.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToSubAsSubRequest):

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
    body: SubAccountSpotSubToSubAsSubRequest,
) -> EmptySuccessResponse:
    """Move spot funds from this sub-account to a sibling (sub-account key, retired)

     Retired: BitMart deleted this endpoint on 2024-03-07 (spot change log). Have the main
    account make the transfer with `transfer_sub_to_sub_spot_as_main`
    (`/account/sub-account/main/v1/sub-to-sub`), naming both sub-accounts. BitMart's
    rate-limit table still lists the path, but a call is expected to be refused (30031
    "endpoint deprecated", or 30000 with HTTP 404 once the route is gone).

    When it was live it moved `amount` of `currency` from the calling sub-account's spot
    wallet to the spot wallet of the sibling sub-account `subAccount` (same main account),
    signed with the **sub-account's own** key. Like every transfer it took a caller-chosen
    `requestNo` (at most 64 characters) that BitMart refused to see twice (61004), so a
    resend could not move the funds twice. It is described from BitMart's Postman collection
    and a third-party SDK; the official SDKs never exposed it.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (SubAccountSpotSubToSubAsSubRequest):

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
