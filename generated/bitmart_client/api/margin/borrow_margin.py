from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.margin_borrow_request import MarginBorrowRequest
from ...models.margin_borrow_response import MarginBorrowResponse
from ...types import Response

OPERATION_ID = "borrow_margin"


def _get_kwargs(
    *,
    body: MarginBorrowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spot/v1/margin/isolated/borrow",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarginBorrowResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, MarginBorrowResponse.from_dict, client.parse_options
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
    body: MarginBorrowRequest,
) -> Response[MarginBorrowResponse]:
    """Borrow in an isolated margin account

     Borrows the base or the quote currency of a pair into that pair's isolated margin
    account. `amount` is a decimal string with up to 8 decimal places and must lie between
    the pair's `min_borrow_amount` and its current `borrowable_amount` (see
    `get_margin_borrowing_rates`). Interest accrues at the rates that operation shows.

    `borrow_id` is returned only when the borrowing succeeded; it identifies the record in
    `get_margin_borrow_records`. There is no client-supplied id: if the outcome is unknown,
    check the account's `borrowed` amount or the records before borrowing again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginBorrowRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginBorrowResponse]
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
    body: MarginBorrowRequest,
) -> MarginBorrowResponse:
    """Borrow in an isolated margin account

     Borrows the base or the quote currency of a pair into that pair's isolated margin
    account. `amount` is a decimal string with up to 8 decimal places and must lie between
    the pair's `min_borrow_amount` and its current `borrowable_amount` (see
    `get_margin_borrowing_rates`). Interest accrues at the rates that operation shows.

    `borrow_id` is returned only when the borrowing succeeded; it identifies the record in
    `get_margin_borrow_records`. There is no client-supplied id: if the outcome is unknown,
    check the account's `borrowed` amount or the records before borrowing again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginBorrowRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginBorrowResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MarginBorrowRequest,
) -> Response[MarginBorrowResponse]:
    """Borrow in an isolated margin account

     Borrows the base or the quote currency of a pair into that pair's isolated margin
    account. `amount` is a decimal string with up to 8 decimal places and must lie between
    the pair's `min_borrow_amount` and its current `borrowable_amount` (see
    `get_margin_borrowing_rates`). Interest accrues at the rates that operation shows.

    `borrow_id` is returned only when the borrowing succeeded; it identifies the record in
    `get_margin_borrow_records`. There is no client-supplied id: if the outcome is unknown,
    check the account's `borrowed` amount or the records before borrowing again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginBorrowRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[MarginBorrowResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MarginBorrowRequest,
) -> MarginBorrowResponse:
    """Borrow in an isolated margin account

     Borrows the base or the quote currency of a pair into that pair's isolated margin
    account. `amount` is a decimal string with up to 8 decimal places and must lie between
    the pair's `min_borrow_amount` and its current `borrowable_amount` (see
    `get_margin_borrowing_rates`). Interest accrues at the rates that operation shows.

    `borrow_id` is returned only when the borrowing succeeded; it identifies the record in
    `get_margin_borrow_records`. There is no client-supplied id: if the outcome is unknown,
    check the account's `borrowed` amount or the records before borrowing again.

    Rate limit: 2 requests per 2 seconds per API key.

    Args:
        body (MarginBorrowRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        MarginBorrowResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
