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
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_sub_account_spot_transfers_as_main"


def _get_kwargs(
    *,
    move_type: SubAccountSpotMoveType,
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
    account_name: str | Unset = UNSET,
) -> Response[SubAccountSpotTransfersResponse]:
    """Spot transfers of the sub-accounts (main key)

     Lists the most recent spot transfers involving the caller's sub-accounts (main to sub,
    sub to main, sub to sub): all sub-accounts, or only `accountName`. Only the **main
    account's** API key may call it. A sub-account reads its own transfers with
    `get_sub_account_spot_transfers`; the futures counterpart is
    `get_sub_account_futures_transfers_as_main`.

    `moveType` is required and has a single value, `spot to spot`, with spaces: URL-encode
    it in the query string (`spot%20to%20spot` or `spot+to+spot`). `N` (capital N; the
    futures variant calls it `limit`) is how many records to return, 1 to 100; there is no
    paging and no time filter. Only the last three months are kept.

    Each record names both accounts by username (the main account appears under its own
    username), the wallet type on each side (always `spot` here), the currency, the amount
    as a decimal string and `submissionTime`, the request time in Unix **seconds**. `total`
    counts the records. No transfer number is echoed, so a transfer whose outcome is
    unknown is recognised by its accounts, currency, amount and time (or simply resent with
    the same `requestNo`).

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (SubAccountSpotMoveType): Kind of transfer listed; `spot to spot` (spot wallet
            to spot wallet) is the only one.
        n (int):
        account_name (str | Unset): A sub-account's username as BitMart shows it (often an e-mail
            address).

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

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    move_type: SubAccountSpotMoveType,
    n: int,
    account_name: str | Unset = UNSET,
) -> SubAccountSpotTransfersResponse:
    """Spot transfers of the sub-accounts (main key)

     Lists the most recent spot transfers involving the caller's sub-accounts (main to sub,
    sub to main, sub to sub): all sub-accounts, or only `accountName`. Only the **main
    account's** API key may call it. A sub-account reads its own transfers with
    `get_sub_account_spot_transfers`; the futures counterpart is
    `get_sub_account_futures_transfers_as_main`.

    `moveType` is required and has a single value, `spot to spot`, with spaces: URL-encode
    it in the query string (`spot%20to%20spot` or `spot+to+spot`). `N` (capital N; the
    futures variant calls it `limit`) is how many records to return, 1 to 100; there is no
    paging and no time filter. Only the last three months are kept.

    Each record names both accounts by username (the main account appears under its own
    username), the wallet type on each side (always `spot` here), the currency, the amount
    as a decimal string and `submissionTime`, the request time in Unix **seconds**. `total`
    counts the records. No transfer number is echoed, so a transfer whose outcome is
    unknown is recognised by its accounts, currency, amount and time (or simply resent with
    the same `requestNo`).

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (SubAccountSpotMoveType): Kind of transfer listed; `spot to spot` (spot wallet
            to spot wallet) is the only one.
        n (int):
        account_name (str | Unset): A sub-account's username as BitMart shows it (often an e-mail
            address).

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
    move_type: SubAccountSpotMoveType,
    n: int,
    account_name: str | Unset = UNSET,
) -> Response[SubAccountSpotTransfersResponse]:
    """Spot transfers of the sub-accounts (main key)

     Lists the most recent spot transfers involving the caller's sub-accounts (main to sub,
    sub to main, sub to sub): all sub-accounts, or only `accountName`. Only the **main
    account's** API key may call it. A sub-account reads its own transfers with
    `get_sub_account_spot_transfers`; the futures counterpart is
    `get_sub_account_futures_transfers_as_main`.

    `moveType` is required and has a single value, `spot to spot`, with spaces: URL-encode
    it in the query string (`spot%20to%20spot` or `spot+to+spot`). `N` (capital N; the
    futures variant calls it `limit`) is how many records to return, 1 to 100; there is no
    paging and no time filter. Only the last three months are kept.

    Each record names both accounts by username (the main account appears under its own
    username), the wallet type on each side (always `spot` here), the currency, the amount
    as a decimal string and `submissionTime`, the request time in Unix **seconds**. `total`
    counts the records. No transfer number is echoed, so a transfer whose outcome is
    unknown is recognised by its accounts, currency, amount and time (or simply resent with
    the same `requestNo`).

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (SubAccountSpotMoveType): Kind of transfer listed; `spot to spot` (spot wallet
            to spot wallet) is the only one.
        n (int):
        account_name (str | Unset): A sub-account's username as BitMart shows it (often an e-mail
            address).

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

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    move_type: SubAccountSpotMoveType,
    n: int,
    account_name: str | Unset = UNSET,
) -> SubAccountSpotTransfersResponse:
    """Spot transfers of the sub-accounts (main key)

     Lists the most recent spot transfers involving the caller's sub-accounts (main to sub,
    sub to main, sub to sub): all sub-accounts, or only `accountName`. Only the **main
    account's** API key may call it. A sub-account reads its own transfers with
    `get_sub_account_spot_transfers`; the futures counterpart is
    `get_sub_account_futures_transfers_as_main`.

    `moveType` is required and has a single value, `spot to spot`, with spaces: URL-encode
    it in the query string (`spot%20to%20spot` or `spot+to+spot`). `N` (capital N; the
    futures variant calls it `limit`) is how many records to return, 1 to 100; there is no
    paging and no time filter. Only the last three months are kept.

    Each record names both accounts by username (the main account appears under its own
    username), the wallet type on each side (always `spot` here), the currency, the amount
    as a decimal string and `submissionTime`, the request time in Unix **seconds**. `total`
    counts the records. No transfer number is echoed, so a transfer whose outcome is
    unknown is recognised by its accounts, currency, amount and time (or simply resent with
    the same `requestNo`).

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        move_type (SubAccountSpotMoveType): Kind of transfer listed; `spot to spot` (spot wallet
            to spot wallet) is the only one.
        n (int):
        account_name (str | Unset): A sub-account's username as BitMart shows it (often an e-mail
            address).

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
