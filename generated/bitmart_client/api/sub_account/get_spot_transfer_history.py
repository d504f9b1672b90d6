from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.responses import parse_success

from ...client import AuthenticatedClient
from ...models.get_spot_transfer_history_move_type import (
    GetSpotTransferHistoryMoveType,
)
from ...models.spot_transfer_history_response import SpotTransferHistoryResponse
from ...types import UNSET, Response

OPERATION_ID = "get_spot_transfer_history"


def _get_kwargs(
    *,
    move_type: GetSpotTransferHistoryMoveType,
    n: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_move_type: str = move_type
    params["moveType"] = json_move_type

    params["N"] = n

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/sub-account/v1/transfer-history",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, response: httpx.Response
) -> Response[SpotTransferHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_success(
            OPERATION_ID, response, SpotTransferHistoryResponse.from_dict
        ),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    move_type: GetSpotTransferHistoryMoveType,
    n: int,
) -> Response[SpotTransferHistoryResponse]:
    """Get Account spot Transfer History

     Get Account spot Transfer History (main or sub account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees Only the last
    3 months can be queried (doc)

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (GetSpotTransferHistoryMoveType):
        n (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotTransferHistoryResponse]
    """

    kwargs = _get_kwargs(
        move_type=move_type,
        n=n,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


def sync(
    *,
    client: AuthenticatedClient,
    move_type: GetSpotTransferHistoryMoveType,
    n: int,
) -> SpotTransferHistoryResponse:
    """Get Account spot Transfer History

     Get Account spot Transfer History (main or sub account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees Only the last
    3 months can be queried (doc)

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (GetSpotTransferHistoryMoveType):
        n (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotTransferHistoryResponse
    """

    return sync_detailed(
        client=client,
        move_type=move_type,
        n=n,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    move_type: GetSpotTransferHistoryMoveType,
    n: int,
) -> Response[SpotTransferHistoryResponse]:
    """Get Account spot Transfer History

     Get Account spot Transfer History (main or sub account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees Only the last
    3 months can be queried (doc)

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (GetSpotTransferHistoryMoveType):
        n (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SpotTransferHistoryResponse]
    """

    kwargs = _get_kwargs(
        move_type=move_type,
        n=n,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    move_type: GetSpotTransferHistoryMoveType,
    n: int,
) -> SpotTransferHistoryResponse:
    """Get Account spot Transfer History

     Get Account spot Transfer History (main or sub account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees Only the last
    3 months can be queried (doc)

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (GetSpotTransferHistoryMoveType):
        n (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SpotTransferHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            move_type=move_type,
            n=n,
        )
    ).parsed
