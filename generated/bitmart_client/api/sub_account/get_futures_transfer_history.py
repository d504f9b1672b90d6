from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.responses import parse_success

from ...client import AuthenticatedClient
from ...models.futures_transfer_history_response import FuturesTransferHistoryResponse
from ...types import UNSET, Response

OPERATION_ID = "get_futures_transfer_history"


def _get_kwargs(
    *,
    limit: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/contract/sub-account/v1/transfer-history",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, response: httpx.Response
) -> Response[FuturesTransferHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_success(
            OPERATION_ID, response, FuturesTransferHistoryResponse.from_dict
        ),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int,
) -> Response[FuturesTransferHistoryResponse]:
    """Get Account Futures Asset Transfer History

     Get Account Futures Asset Transfer History (main or sub).

    data is a bare array (spot equivalent wraps it in {total, historyList}) wallet types are 'future'
    param is 'limit' here vs 'N' on spot equivalents

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        limit (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTransferHistoryResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int,
) -> FuturesTransferHistoryResponse:
    """Get Account Futures Asset Transfer History

     Get Account Futures Asset Transfer History (main or sub).

    data is a bare array (spot equivalent wraps it in {total, historyList}) wallet types are 'future'
    param is 'limit' here vs 'N' on spot equivalents

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        limit (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTransferHistoryResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int,
) -> Response[FuturesTransferHistoryResponse]:
    """Get Account Futures Asset Transfer History

     Get Account Futures Asset Transfer History (main or sub).

    data is a bare array (spot equivalent wraps it in {total, historyList}) wallet types are 'future'
    param is 'limit' here vs 'N' on spot equivalents

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        limit (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTransferHistoryResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int,
) -> FuturesTransferHistoryResponse:
    """Get Account Futures Asset Transfer History

     Get Account Futures Asset Transfer History (main or sub).

    data is a bare array (spot equivalent wraps it in {total, historyList}) wallet types are 'future'
    param is 'limit' here vs 'N' on spot equivalents

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        limit (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTransferHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
        )
    ).parsed
