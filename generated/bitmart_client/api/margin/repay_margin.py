from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.margin_repay_request import MarginRepayRequest
from ...models.margin_repay_response import MarginRepayResponse
from ...types import Response

OPERATION_ID = "repay_margin"


def _get_kwargs(
    *,
    body: MarginRepayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v1/margin/isolated/repay",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarginRepayResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, MarginRepayResponse.from_dict, client.parse_options
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
    body: MarginRepayRequest,
) -> Response[MarginRepayResponse]:
    """Repay in an isolated margin account

     Repays borrowed base or quote currency of a pair's isolated margin account from that
    account's available balance. `amount` is a decimal string with up to 8 decimal places
    and may not exceed what is owed (unpaid principal plus interest). Each repayment record
    shows how the amount was split between principal and interest.

    `repay_id` is returned only when the repayment succeeded; it identifies the record in
    `get_margin_repay_records`. There is no client-supplied id: if the outcome is unknown,
    check `borrow_unpaid` and `interest_unpaid` before repaying again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginRepayRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginRepayResponse]
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
    body: MarginRepayRequest,
) -> MarginRepayResponse:
    """Repay in an isolated margin account

     Repays borrowed base or quote currency of a pair's isolated margin account from that
    account's available balance. `amount` is a decimal string with up to 8 decimal places
    and may not exceed what is owed (unpaid principal plus interest). Each repayment record
    shows how the amount was split between principal and interest.

    `repay_id` is returned only when the repayment succeeded; it identifies the record in
    `get_margin_repay_records`. There is no client-supplied id: if the outcome is unknown,
    check `borrow_unpaid` and `interest_unpaid` before repaying again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginRepayRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginRepayResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MarginRepayRequest,
) -> Response[MarginRepayResponse]:
    """Repay in an isolated margin account

     Repays borrowed base or quote currency of a pair's isolated margin account from that
    account's available balance. `amount` is a decimal string with up to 8 decimal places
    and may not exceed what is owed (unpaid principal plus interest). Each repayment record
    shows how the amount was split between principal and interest.

    `repay_id` is returned only when the repayment succeeded; it identifies the record in
    `get_margin_repay_records`. There is no client-supplied id: if the outcome is unknown,
    check `borrow_unpaid` and `interest_unpaid` before repaying again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginRepayRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginRepayResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MarginRepayRequest,
) -> MarginRepayResponse:
    """Repay in an isolated margin account

     Repays borrowed base or quote currency of a pair's isolated margin account from that
    account's available balance. `amount` is a decimal string with up to 8 decimal places
    and may not exceed what is owed (unpaid principal plus interest). Each repayment record
    shows how the amount was split between principal and interest.

    `repay_id` is returned only when the repayment succeeded; it identifies the record in
    `get_margin_repay_records`. There is no client-supplied id: if the outcome is unknown,
    check `borrow_unpaid` and `interest_unpaid` before repaying again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginRepayRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginRepayResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
