from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.affiliate_invitees_response import AffiliateInviteesResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_affiliate_invitees"


def _get_kwargs(
    *,
    cid: int | Unset = UNSET,
    start_time: int,
    end_time: int,
    page: int,
    size: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cid"] = cid

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/affiliate/rebate-inviteUser",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AffiliateInviteesResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        AffiliateInviteesResponse.from_dict,
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
    cid: int | Unset = UNSET,
    start_time: int,
    end_time: int,
    page: int,
    size: int,
) -> Response[AffiliateInviteesResponse]:
    """Invited users and their rebate figures

     Pages through the affiliate's invited users with each one's cumulative rebate, trading
    volume and fees (converted to USDT), cashback percentage, rebate rate and whether the
    rebate has been paid (`status`). `cid` narrows the list to one user.

    `start_time` and `end_time` are Unix **seconds**, both required; `end_time` must be
    after `start_time` and the span may not exceed 60 days. At most 50 rows come back per
    page: a larger `size` is not rejected, the page is just cut to 50. Note the camelCase
    path segment (`rebate-inviteUser`) and field names. The answer uses the agent envelope:
    `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int | Unset):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.
        page (int):
        size (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateInviteesResponse]
    """

    kwargs = _get_kwargs(
        cid=cid,
        start_time=start_time,
        end_time=end_time,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cid: int | Unset = UNSET,
    start_time: int,
    end_time: int,
    page: int,
    size: int,
) -> AffiliateInviteesResponse:
    """Invited users and their rebate figures

     Pages through the affiliate's invited users with each one's cumulative rebate, trading
    volume and fees (converted to USDT), cashback percentage, rebate rate and whether the
    rebate has been paid (`status`). `cid` narrows the list to one user.

    `start_time` and `end_time` are Unix **seconds**, both required; `end_time` must be
    after `start_time` and the span may not exceed 60 days. At most 50 rows come back per
    page: a larger `size` is not rejected, the page is just cut to 50. Note the camelCase
    path segment (`rebate-inviteUser`) and field names. The answer uses the agent envelope:
    `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int | Unset):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.
        page (int):
        size (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateInviteesResponse
    """

    return sync_detailed(
        client=client,
        cid=cid,
        start_time=start_time,
        end_time=end_time,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cid: int | Unset = UNSET,
    start_time: int,
    end_time: int,
    page: int,
    size: int,
) -> Response[AffiliateInviteesResponse]:
    """Invited users and their rebate figures

     Pages through the affiliate's invited users with each one's cumulative rebate, trading
    volume and fees (converted to USDT), cashback percentage, rebate rate and whether the
    rebate has been paid (`status`). `cid` narrows the list to one user.

    `start_time` and `end_time` are Unix **seconds**, both required; `end_time` must be
    after `start_time` and the span may not exceed 60 days. At most 50 rows come back per
    page: a larger `size` is not rejected, the page is just cut to 50. Note the camelCase
    path segment (`rebate-inviteUser`) and field names. The answer uses the agent envelope:
    `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int | Unset):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.
        page (int):
        size (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateInviteesResponse]
    """

    kwargs = _get_kwargs(
        cid=cid,
        start_time=start_time,
        end_time=end_time,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cid: int | Unset = UNSET,
    start_time: int,
    end_time: int,
    page: int,
    size: int,
) -> AffiliateInviteesResponse:
    """Invited users and their rebate figures

     Pages through the affiliate's invited users with each one's cumulative rebate, trading
    volume and fees (converted to USDT), cashback percentage, rebate rate and whether the
    rebate has been paid (`status`). `cid` narrows the list to one user.

    `start_time` and `end_time` are Unix **seconds**, both required; `end_time` must be
    after `start_time` and the span may not exceed 60 days. At most 50 rows come back per
    page: a larger `size` is not rejected, the page is just cut to 50. Note the camelCase
    path segment (`rebate-inviteUser`) and field names. The answer uses the agent envelope:
    `code` is the string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int | Unset):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.
        page (int):
        size (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateInviteesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cid=cid,
            start_time=start_time,
            end_time=end_time,
            page=page,
            size=size,
        )
    ).parsed
