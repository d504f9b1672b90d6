from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.affiliate_deposits_withdrawals_response import (
    AffiliateDepositsWithdrawalsResponse,
)
from ...models.affiliate_fund_flow_type import (
    AffiliateFundFlowType,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_affiliate_deposits_withdrawals"


def _get_kwargs(
    *,
    page: int,
    size: int,
    cid: int,
    start_time: int,
    end_time: int,
    type_: AffiliateFundFlowType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["cid"] = cid

    params["start_time"] = start_time

    params["end_time"] = end_time

    json_type_: int | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/affiliate/deposit-withdrawal-list",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AffiliateDepositsWithdrawalsResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        AffiliateDepositsWithdrawalsResponse.from_dict,
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
    page: int,
    size: int,
    cid: int,
    start_time: int,
    end_time: int,
    type_: AffiliateFundFlowType | Unset = UNSET,
) -> Response[AffiliateDepositsWithdrawalsResponse]:
    """Deposits and withdrawals of an invited user

     Pages through the deposits and withdrawals of one invited user (`cid`); `type` 1 keeps
    deposits only, 2 withdrawals only, absent both. `start_time` and `end_time` are Unix
    **seconds**, both required, at most 60 days apart. The SDKs give 50 as the largest page
    size; whether BitMart rejects a larger `size` or cuts the page is not documented.

    Only the official SDKs (Python 2.8.0, Java, Go) list this endpoint; the developer
    documentation has no page for it, so the fields of `data` are not known and it is left
    untyped. This document assumes the agent envelope of the other affiliate endpoints
    (`code` as the string `"1000"`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        page (int):
        size (int):
        cid (int):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.
        type_ (AffiliateFundFlowType | Unset): 1 deposit, 2 withdrawal.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateDepositsWithdrawalsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        cid=cid,
        start_time=start_time,
        end_time=end_time,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int,
    size: int,
    cid: int,
    start_time: int,
    end_time: int,
    type_: AffiliateFundFlowType | Unset = UNSET,
) -> AffiliateDepositsWithdrawalsResponse:
    """Deposits and withdrawals of an invited user

     Pages through the deposits and withdrawals of one invited user (`cid`); `type` 1 keeps
    deposits only, 2 withdrawals only, absent both. `start_time` and `end_time` are Unix
    **seconds**, both required, at most 60 days apart. The SDKs give 50 as the largest page
    size; whether BitMart rejects a larger `size` or cuts the page is not documented.

    Only the official SDKs (Python 2.8.0, Java, Go) list this endpoint; the developer
    documentation has no page for it, so the fields of `data` are not known and it is left
    untyped. This document assumes the agent envelope of the other affiliate endpoints
    (`code` as the string `"1000"`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        page (int):
        size (int):
        cid (int):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.
        type_ (AffiliateFundFlowType | Unset): 1 deposit, 2 withdrawal.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateDepositsWithdrawalsResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        cid=cid,
        start_time=start_time,
        end_time=end_time,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int,
    size: int,
    cid: int,
    start_time: int,
    end_time: int,
    type_: AffiliateFundFlowType | Unset = UNSET,
) -> Response[AffiliateDepositsWithdrawalsResponse]:
    """Deposits and withdrawals of an invited user

     Pages through the deposits and withdrawals of one invited user (`cid`); `type` 1 keeps
    deposits only, 2 withdrawals only, absent both. `start_time` and `end_time` are Unix
    **seconds**, both required, at most 60 days apart. The SDKs give 50 as the largest page
    size; whether BitMart rejects a larger `size` or cuts the page is not documented.

    Only the official SDKs (Python 2.8.0, Java, Go) list this endpoint; the developer
    documentation has no page for it, so the fields of `data` are not known and it is left
    untyped. This document assumes the agent envelope of the other affiliate endpoints
    (`code` as the string `"1000"`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        page (int):
        size (int):
        cid (int):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.
        type_ (AffiliateFundFlowType | Unset): 1 deposit, 2 withdrawal.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[AffiliateDepositsWithdrawalsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        cid=cid,
        start_time=start_time,
        end_time=end_time,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int,
    size: int,
    cid: int,
    start_time: int,
    end_time: int,
    type_: AffiliateFundFlowType | Unset = UNSET,
) -> AffiliateDepositsWithdrawalsResponse:
    """Deposits and withdrawals of an invited user

     Pages through the deposits and withdrawals of one invited user (`cid`); `type` 1 keeps
    deposits only, 2 withdrawals only, absent both. `start_time` and `end_time` are Unix
    **seconds**, both required, at most 60 days apart. The SDKs give 50 as the largest page
    size; whether BitMart rejects a larger `size` or cuts the page is not documented.

    Only the official SDKs (Python 2.8.0, Java, Go) list this endpoint; the developer
    documentation has no page for it, so the fields of `data` are not known and it is left
    untyped. This document assumes the agent envelope of the other affiliate endpoints
    (`code` as the string `"1000"`).

    Rate limit: not documented by BitMart; this document assumes 10 requests per second per API key
    (BitMart's general rule).

    Args:
        page (int):
        size (int):
        cid (int):
        start_time (int): Unix time in seconds.
        end_time (int): Unix time in seconds.
        type_ (AffiliateFundFlowType | Unset): 1 deposit, 2 withdrawal.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        AffiliateDepositsWithdrawalsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            cid=cid,
            start_time=start_time,
            end_time=end_time,
            type_=type_,
        )
    ).parsed
