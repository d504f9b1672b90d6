from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.affiliate_user_rebate_response import AffiliateUserRebateResponse
from ...types import UNSET, Response

OPERATION_ID = "get_futures_affiliate_user_rebate"


def _get_kwargs(
    *,
    cid: int,
    start_time: int,
    end_time: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cid"] = cid

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/affiliate/rebate-user",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AffiliateUserRebateResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        AffiliateUserRebateResponse.from_dict,
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
    start_time: int,
    end_time: int,
) -> Response[AffiliateUserRebateResponse]:
    """Rebate data of one user

     Returns the futures volume, fees and rebate of one user (`cid`) in the affiliate's
    tree: sub-agents as well as directly or indirectly invited users. The `_total` fields
    are lifetime figures; the others cover `start_time`..`end_time` only.

    `start_time` and `end_time` are Unix **seconds**, both required; `end_time` must be
    after `start_time` and the span may not exceed 60 days. Amounts are decimal strings here
    (unlike `get_futures_affiliate_rebates`); `back_rate` is the user's rebate rate as
    BitMart shows it (e.g. `90.00000000`). The answer uses the agent envelope: `code` is the
    string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateUserRebateResponse]
    """

    kwargs = _get_kwargs(
        cid=cid,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cid: int,
    start_time: int,
    end_time: int,
) -> AffiliateUserRebateResponse:
    """Rebate data of one user

     Returns the futures volume, fees and rebate of one user (`cid`) in the affiliate's
    tree: sub-agents as well as directly or indirectly invited users. The `_total` fields
    are lifetime figures; the others cover `start_time`..`end_time` only.

    `start_time` and `end_time` are Unix **seconds**, both required; `end_time` must be
    after `start_time` and the span may not exceed 60 days. Amounts are decimal strings here
    (unlike `get_futures_affiliate_rebates`); `back_rate` is the user's rebate rate as
    BitMart shows it (e.g. `90.00000000`). The answer uses the agent envelope: `code` is the
    string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateUserRebateResponse
    """

    return sync_detailed(
        client=client,
        cid=cid,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cid: int,
    start_time: int,
    end_time: int,
) -> Response[AffiliateUserRebateResponse]:
    """Rebate data of one user

     Returns the futures volume, fees and rebate of one user (`cid`) in the affiliate's
    tree: sub-agents as well as directly or indirectly invited users. The `_total` fields
    are lifetime figures; the others cover `start_time`..`end_time` only.

    `start_time` and `end_time` are Unix **seconds**, both required; `end_time` must be
    after `start_time` and the span may not exceed 60 days. Amounts are decimal strings here
    (unlike `get_futures_affiliate_rebates`); `back_rate` is the user's rebate rate as
    BitMart shows it (e.g. `90.00000000`). The answer uses the agent envelope: `code` is the
    string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateUserRebateResponse]
    """

    kwargs = _get_kwargs(
        cid=cid,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cid: int,
    start_time: int,
    end_time: int,
) -> AffiliateUserRebateResponse:
    """Rebate data of one user

     Returns the futures volume, fees and rebate of one user (`cid`) in the affiliate's
    tree: sub-agents as well as directly or indirectly invited users. The `_total` fields
    are lifetime figures; the others cover `start_time`..`end_time` only.

    `start_time` and `end_time` are Unix **seconds**, both required; `end_time` must be
    after `start_time` and the span may not exceed 60 days. Amounts are decimal strings here
    (unlike `get_futures_affiliate_rebates`); `back_rate` is the user's rebate rate as
    BitMart shows it (e.g. `90.00000000`). The answer uses the agent envelope: `code` is the
    string `"1000"`.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        cid (int):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateUserRebateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cid=cid,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
