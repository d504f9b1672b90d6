from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.affiliate_customer_info_response import AffiliateCustomerInfoResponse
from ...types import UNSET, Response

OPERATION_ID = "get_futures_affiliate_customer_info"


def _get_kwargs(
    *,
    user_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/affiliate/aff-customer-info",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AffiliateCustomerInfoResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        AffiliateCustomerInfoResponse.from_dict,
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
    user_id: int,
) -> Response[AffiliateCustomerInfoResponse]:
    """Futures account of an invited user

     Returns an overview of one invited user's futures account; BitMart's SDKs describe it as
    the user's total futures assets and equity, valued in USDT. The user is named by
    `userId` (camelCase, unlike the `cid` / `user_id` of the other affiliate endpoints).

    Only the official SDKs (Python 2.8.0, Java, Go) list this endpoint; the developer
    documentation has no page for it, so the fields of `data` are not known and it is left
    untyped. This document assumes the agent envelope of the other affiliate endpoints
    (`code` as the string `"1000"`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        user_id (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateCustomerInfoResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: int,
) -> AffiliateCustomerInfoResponse:
    """Futures account of an invited user

     Returns an overview of one invited user's futures account; BitMart's SDKs describe it as
    the user's total futures assets and equity, valued in USDT. The user is named by
    `userId` (camelCase, unlike the `cid` / `user_id` of the other affiliate endpoints).

    Only the official SDKs (Python 2.8.0, Java, Go) list this endpoint; the developer
    documentation has no page for it, so the fields of `data` are not known and it is left
    untyped. This document assumes the agent envelope of the other affiliate endpoints
    (`code` as the string `"1000"`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        user_id (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateCustomerInfoResponse
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: int,
) -> Response[AffiliateCustomerInfoResponse]:
    """Futures account of an invited user

     Returns an overview of one invited user's futures account; BitMart's SDKs describe it as
    the user's total futures assets and equity, valued in USDT. The user is named by
    `userId` (camelCase, unlike the `cid` / `user_id` of the other affiliate endpoints).

    Only the official SDKs (Python 2.8.0, Java, Go) list this endpoint; the developer
    documentation has no page for it, so the fields of `data` are not known and it is left
    untyped. This document assumes the agent envelope of the other affiliate endpoints
    (`code` as the string `"1000"`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        user_id (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateCustomerInfoResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: int,
) -> AffiliateCustomerInfoResponse:
    """Futures account of an invited user

     Returns an overview of one invited user's futures account; BitMart's SDKs describe it as
    the user's total futures assets and equity, valued in USDT. The user is named by
    `userId` (camelCase, unlike the `cid` / `user_id` of the other affiliate endpoints).

    Only the official SDKs (Python 2.8.0, Java, Go) list this endpoint; the developer
    documentation has no page for it, so the fields of `data` are not known and it is left
    untyped. This document assumes the agent envelope of the other affiliate endpoints
    (`code` as the string `"1000"`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        user_id (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateCustomerInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
        )
    ).parsed
