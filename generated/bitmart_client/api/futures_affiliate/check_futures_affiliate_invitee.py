from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.affiliate_invite_check_response import AffiliateInviteCheckResponse
from ...types import UNSET, Response

OPERATION_ID = "check_futures_affiliate_invitee"


def _get_kwargs(
    *,
    cid: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cid"] = cid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/affiliate/invite-check",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AffiliateInviteCheckResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        AffiliateInviteCheckResponse.from_dict,
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
    cid: int,
) -> Response[AffiliateInviteCheckResponse]:
    """Whether a user was invited by the affiliate

     Tells whether the user `cid` is one of the affiliate's invited users (`isInviteUser`,
    camelCase like the rest of this answer's envelope). The answer uses the agent envelope:
    `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateInviteCheckResponse]
    """

    kwargs = _get_kwargs(
        cid=cid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cid: int,
) -> AffiliateInviteCheckResponse:
    """Whether a user was invited by the affiliate

     Tells whether the user `cid` is one of the affiliate's invited users (`isInviteUser`,
    camelCase like the rest of this answer's envelope). The answer uses the agent envelope:
    `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateInviteCheckResponse
    """

    return sync_detailed(
        client=client,
        cid=cid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cid: int,
) -> Response[AffiliateInviteCheckResponse]:
    """Whether a user was invited by the affiliate

     Tells whether the user `cid` is one of the affiliate's invited users (`isInviteUser`,
    camelCase like the rest of this answer's envelope). The answer uses the agent envelope:
    `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateInviteCheckResponse]
    """

    kwargs = _get_kwargs(
        cid=cid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cid: int,
) -> AffiliateInviteCheckResponse:
    """Whether a user was invited by the affiliate

     Tells whether the user `cid` is one of the affiliate's invited users (`isInviteUser`,
    camelCase like the rest of this answer's envelope). The answer uses the agent envelope:
    `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateInviteCheckResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cid=cid,
        )
    ).parsed
