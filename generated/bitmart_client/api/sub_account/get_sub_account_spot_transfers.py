from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.sub_account_spot_move_type import (
    SubAccountSpotMoveType,
)
from ...models.sub_account_spot_transfers_response import (
    SubAccountSpotTransfersResponse,
)
from ...types import UNSET, Response

OPERATION_ID = "get_sub_account_spot_transfers"


def _get_kwargs(
    *,
    move_type: SubAccountSpotMoveType,
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubAccountSpotTransfersResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        SubAccountSpotTransfersResponse.from_dict,
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
    move_type: SubAccountSpotMoveType,
    n: int,
) -> Response[SubAccountSpotTransfersResponse]:
    """Spot transfers of the calling account (main or sub-account key)

     Lists the most recent spot transfers between main account and sub-accounts that
    involve the **calling** account. Either key may call it: with a main key
    it covers the main account's own transfers to and from its sub-accounts, with a
    sub-account key that sub-account's transfers. The main account's view of all its
    sub-accounts is `get_sub_account_spot_transfers_as_main`; the futures counterpart is
    `get_sub_account_futures_transfers`.

    `moveType` is required and has a single value, `spot to spot`, with spaces: URL-encode
    it in the query string. `N` (capital N) is how many records to return, 1 to 100; there is no
    paging and no time filter. Only the last three months are kept.

    Records have the same shape as in `get_sub_account_spot_transfers_as_main`: both
    usernames, the wallet type on each side (always `spot`), currency, the amount as a
    decimal string and `submissionTime` in Unix **seconds**; `total` counts the records.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (SubAccountSpotMoveType): Kind of transfer listed; `spot to spot` (spot wallet
            to spot wallet) is the only one.
        n (int):

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    move_type: SubAccountSpotMoveType,
    n: int,
) -> SubAccountSpotTransfersResponse:
    """Spot transfers of the calling account (main or sub-account key)

     Lists the most recent spot transfers between main account and sub-accounts that
    involve the **calling** account. Either key may call it: with a main key
    it covers the main account's own transfers to and from its sub-accounts, with a
    sub-account key that sub-account's transfers. The main account's view of all its
    sub-accounts is `get_sub_account_spot_transfers_as_main`; the futures counterpart is
    `get_sub_account_futures_transfers`.

    `moveType` is required and has a single value, `spot to spot`, with spaces: URL-encode
    it in the query string. `N` (capital N) is how many records to return, 1 to 100; there is no
    paging and no time filter. Only the last three months are kept.

    Records have the same shape as in `get_sub_account_spot_transfers_as_main`: both
    usernames, the wallet type on each side (always `spot`), currency, the amount as a
    decimal string and `submissionTime` in Unix **seconds**; `total` counts the records.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (SubAccountSpotMoveType): Kind of transfer listed; `spot to spot` (spot wallet
            to spot wallet) is the only one.
        n (int):

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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    move_type: SubAccountSpotMoveType,
    n: int,
) -> Response[SubAccountSpotTransfersResponse]:
    """Spot transfers of the calling account (main or sub-account key)

     Lists the most recent spot transfers between main account and sub-accounts that
    involve the **calling** account. Either key may call it: with a main key
    it covers the main account's own transfers to and from its sub-accounts, with a
    sub-account key that sub-account's transfers. The main account's view of all its
    sub-accounts is `get_sub_account_spot_transfers_as_main`; the futures counterpart is
    `get_sub_account_futures_transfers`.

    `moveType` is required and has a single value, `spot to spot`, with spaces: URL-encode
    it in the query string. `N` (capital N) is how many records to return, 1 to 100; there is no
    paging and no time filter. Only the last three months are kept.

    Records have the same shape as in `get_sub_account_spot_transfers_as_main`: both
    usernames, the wallet type on each side (always `spot`), currency, the amount as a
    decimal string and `submissionTime` in Unix **seconds**; `total` counts the records.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (SubAccountSpotMoveType): Kind of transfer listed; `spot to spot` (spot wallet
            to spot wallet) is the only one.
        n (int):

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    move_type: SubAccountSpotMoveType,
    n: int,
) -> SubAccountSpotTransfersResponse:
    """Spot transfers of the calling account (main or sub-account key)

     Lists the most recent spot transfers between main account and sub-accounts that
    involve the **calling** account. Either key may call it: with a main key
    it covers the main account's own transfers to and from its sub-accounts, with a
    sub-account key that sub-account's transfers. The main account's view of all its
    sub-accounts is `get_sub_account_spot_transfers_as_main`; the futures counterpart is
    `get_sub_account_futures_transfers`.

    `moveType` is required and has a single value, `spot to spot`, with spaces: URL-encode
    it in the query string. `N` (capital N) is how many records to return, 1 to 100; there is no
    paging and no time filter. Only the last three months are kept.

    Records have the same shape as in `get_sub_account_spot_transfers_as_main`: both
    usernames, the wallet type on each side (always `spot`), currency, the amount as a
    decimal string and `submissionTime` in Unix **seconds**; `total` counts the records.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (SubAccountSpotMoveType): Kind of transfer listed; `spot to spot` (spot wallet
            to spot wallet) is the only one.
        n (int):

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
        )
    ).parsed
