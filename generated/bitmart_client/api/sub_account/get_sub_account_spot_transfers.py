from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.responses import parse_success

from ...client import AuthenticatedClient
from ...models.get_sub_account_spot_transfers_move_type import (
    GetSubAccountSpotTransfersMoveType,
)
from ...models.sub_account_spot_transfers_response import (
    SubAccountSpotTransfersResponse,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_sub_account_spot_transfers"


def _get_kwargs(
    *,
    move_type: GetSubAccountSpotTransfersMoveType,
    n: int,
    account_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_move_type: str = move_type
    params["moveType"] = json_move_type

    params["N"] = n

    params["accountName"] = account_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/sub-account/main/v1/transfer-list",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, response: httpx.Response
) -> Response[SubAccountSpotTransfersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_success(
            OPERATION_ID, response, SubAccountSpotTransfersResponse.from_dict
        ),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    move_type: GetSubAccountSpotTransfersMoveType,
    n: int,
    account_name: str | Unset = UNSET,
) -> Response[SubAccountSpotTransfersResponse]:
    """Get Sub-Account spot Transfer History

     Get Sub-Account spot Transfer History (main account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees moveType
    value contains spaces: 'spot to spot' Only the last 3 months can be queried (doc)

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (GetSubAccountSpotTransfersMoveType):
        n (int):
        account_name (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SubAccountSpotTransfersResponse]
    """

    kwargs = _get_kwargs(
        move_type=move_type,
        n=n,
        account_name=account_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(response=response)


def sync(
    *,
    client: AuthenticatedClient,
    move_type: GetSubAccountSpotTransfersMoveType,
    n: int,
    account_name: str | Unset = UNSET,
) -> SubAccountSpotTransfersResponse:
    """Get Sub-Account spot Transfer History

     Get Sub-Account spot Transfer History (main account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees moveType
    value contains spaces: 'spot to spot' Only the last 3 months can be queried (doc)

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (GetSubAccountSpotTransfersMoveType):
        n (int):
        account_name (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SubAccountSpotTransfersResponse
    """

    return sync_detailed(
        client=client,
        move_type=move_type,
        n=n,
        account_name=account_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    move_type: GetSubAccountSpotTransfersMoveType,
    n: int,
    account_name: str | Unset = UNSET,
) -> Response[SubAccountSpotTransfersResponse]:
    """Get Sub-Account spot Transfer History

     Get Sub-Account spot Transfer History (main account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees moveType
    value contains spaces: 'spot to spot' Only the last 3 months can be queried (doc)

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (GetSubAccountSpotTransfersMoveType):
        n (int):
        account_name (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SubAccountSpotTransfersResponse]
    """

    kwargs = _get_kwargs(
        move_type=move_type,
        n=n,
        account_name=account_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    move_type: GetSubAccountSpotTransfersMoveType,
    n: int,
    account_name: str | Unset = UNSET,
) -> SubAccountSpotTransfersResponse:
    """Get Sub-Account spot Transfer History

     Get Sub-Account spot Transfer History (main account).

    rate limit from the official spot doc rate-limit table (X-BM-KEY target); JKorf agrees moveType
    value contains spaces: 'spot to spot' Only the last 3 months can be queried (doc)

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (GetSubAccountSpotTransfersMoveType):
        n (int):
        account_name (str | Unset):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SubAccountSpotTransfersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            move_type=move_type,
            n=n,
            account_name=account_name,
        )
    ).parsed
