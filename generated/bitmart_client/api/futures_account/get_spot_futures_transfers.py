from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_transfer_list_request import FuturesTransferListRequest
from ...models.futures_transfer_list_response import FuturesTransferListResponse
from ...types import Response

OPERATION_ID = "get_spot_futures_transfers"


def _get_kwargs(
    *,
    body: FuturesTransferListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/v1/transfer-contract-list",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesTransferListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesTransferListResponse.from_dict,
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
    body: FuturesTransferListRequest,
) -> Response[FuturesTransferListResponse]:
    """Spot-futures transfer records

     Lists the transfers between the spot and the futures account (`transfer_spot_futures`)
    with their state: `PROCESSING`, `FINISHED` or `FAILED`. A read, sent as a
    signed POST with a JSON body; it is safe to retry.

    `page` (1 to 1000) and `limit` (10 to 100 records per page) are required.
    `time_start` and `time_end` are Unix times in **milliseconds**. Without either, all
    records are listed; with only `time_start`, the records from that time on; with only
    `time_end`, the records up to that time; with both, `time_end` must be later than
    `time_start`. No maximum span is documented.

    Like the transfer itself, this `/account/v1/` path is served by the **futures host**.
    `recvWindow` (milliseconds, more than 0 and at most 60000, default 5000) bounds how
    long after `X-BM-TIMESTAMP` the request stays valid (30007 when it arrives later).

    Rate limit: 1 request per 2 seconds per API key.

    Args:
        body (FuturesTransferListRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTransferListResponse]
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
    body: FuturesTransferListRequest,
) -> FuturesTransferListResponse:
    """Spot-futures transfer records

     Lists the transfers between the spot and the futures account (`transfer_spot_futures`)
    with their state: `PROCESSING`, `FINISHED` or `FAILED`. A read, sent as a
    signed POST with a JSON body; it is safe to retry.

    `page` (1 to 1000) and `limit` (10 to 100 records per page) are required.
    `time_start` and `time_end` are Unix times in **milliseconds**. Without either, all
    records are listed; with only `time_start`, the records from that time on; with only
    `time_end`, the records up to that time; with both, `time_end` must be later than
    `time_start`. No maximum span is documented.

    Like the transfer itself, this `/account/v1/` path is served by the **futures host**.
    `recvWindow` (milliseconds, more than 0 and at most 60000, default 5000) bounds how
    long after `X-BM-TIMESTAMP` the request stays valid (30007 when it arrives later).

    Rate limit: 1 request per 2 seconds per API key.

    Args:
        body (FuturesTransferListRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTransferListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesTransferListRequest,
) -> Response[FuturesTransferListResponse]:
    """Spot-futures transfer records

     Lists the transfers between the spot and the futures account (`transfer_spot_futures`)
    with their state: `PROCESSING`, `FINISHED` or `FAILED`. A read, sent as a
    signed POST with a JSON body; it is safe to retry.

    `page` (1 to 1000) and `limit` (10 to 100 records per page) are required.
    `time_start` and `time_end` are Unix times in **milliseconds**. Without either, all
    records are listed; with only `time_start`, the records from that time on; with only
    `time_end`, the records up to that time; with both, `time_end` must be later than
    `time_start`. No maximum span is documented.

    Like the transfer itself, this `/account/v1/` path is served by the **futures host**.
    `recvWindow` (milliseconds, more than 0 and at most 60000, default 5000) bounds how
    long after `X-BM-TIMESTAMP` the request stays valid (30007 when it arrives later).

    Rate limit: 1 request per 2 seconds per API key.

    Args:
        body (FuturesTransferListRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTransferListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesTransferListRequest,
) -> FuturesTransferListResponse:
    """Spot-futures transfer records

     Lists the transfers between the spot and the futures account (`transfer_spot_futures`)
    with their state: `PROCESSING`, `FINISHED` or `FAILED`. A read, sent as a
    signed POST with a JSON body; it is safe to retry.

    `page` (1 to 1000) and `limit` (10 to 100 records per page) are required.
    `time_start` and `time_end` are Unix times in **milliseconds**. Without either, all
    records are listed; with only `time_start`, the records from that time on; with only
    `time_end`, the records up to that time; with both, `time_end` must be later than
    `time_start`. No maximum span is documented.

    Like the transfer itself, this `/account/v1/` path is served by the **futures host**.
    `recvWindow` (milliseconds, more than 0 and at most 60000, default 5000) bounds how
    long after `X-BM-TIMESTAMP` the request stays valid (30007 when it arrives later).

    Rate limit: 1 request per 2 seconds per API key.

    Args:
        body (FuturesTransferListRequest):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTransferListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
