from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.sub_account_futures_transfers_response import (
    SubAccountFuturesTransfersResponse,
)
from ...types import UNSET, Response

OPERATION_ID = "get_sub_account_futures_transfers_as_main"


def _get_kwargs(
    *,
    sub_account: str,
    limit: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subAccount"] = sub_account

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/contract/sub-account/main/v1/transfer-list",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubAccountFuturesTransfersResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        SubAccountFuturesTransfersResponse.from_dict,
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
    sub_account: str,
    limit: int,
) -> Response[SubAccountFuturesTransfersResponse]:
    """Futures transfers of one sub-account (main key)

     Lists the most recent futures transfers of the sub-account `subAccount` (to and from the
    main account). Lives on the futures host. Only the **main account's** API
    key may call it. A sub-account reads its own with `get_sub_account_futures_transfers`;
    the spot counterpart is `get_sub_account_spot_transfers_as_main`.

    Differences from the spot variant: `subAccount` is required (the spot variant's
    optional `accountName` covers all sub-accounts when omitted), the count parameter is
    `limit` (1 to 100), there is no `moveType`, and `data` is the bare list of records (no
    `total`/`historyList` wrapper). Records carry both usernames, the wallet type on each
    side (always `future`), currency, the amount as a decimal string and `submissionTime` in
    Unix **seconds**. No paging and no time filter.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        sub_account (str): A sub-account's username as BitMart shows it (often an e-mail address).
        limit (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SubAccountFuturesTransfersResponse]
    """

    kwargs = _get_kwargs(
        sub_account=sub_account,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sub_account: str,
    limit: int,
) -> SubAccountFuturesTransfersResponse:
    """Futures transfers of one sub-account (main key)

     Lists the most recent futures transfers of the sub-account `subAccount` (to and from the
    main account). Lives on the futures host. Only the **main account's** API
    key may call it. A sub-account reads its own with `get_sub_account_futures_transfers`;
    the spot counterpart is `get_sub_account_spot_transfers_as_main`.

    Differences from the spot variant: `subAccount` is required (the spot variant's
    optional `accountName` covers all sub-accounts when omitted), the count parameter is
    `limit` (1 to 100), there is no `moveType`, and `data` is the bare list of records (no
    `total`/`historyList` wrapper). Records carry both usernames, the wallet type on each
    side (always `future`), currency, the amount as a decimal string and `submissionTime` in
    Unix **seconds**. No paging and no time filter.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        sub_account (str): A sub-account's username as BitMart shows it (often an e-mail address).
        limit (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SubAccountFuturesTransfersResponse
    """

    return sync_detailed(
        client=client,
        sub_account=sub_account,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sub_account: str,
    limit: int,
) -> Response[SubAccountFuturesTransfersResponse]:
    """Futures transfers of one sub-account (main key)

     Lists the most recent futures transfers of the sub-account `subAccount` (to and from the
    main account). Lives on the futures host. Only the **main account's** API
    key may call it. A sub-account reads its own with `get_sub_account_futures_transfers`;
    the spot counterpart is `get_sub_account_spot_transfers_as_main`.

    Differences from the spot variant: `subAccount` is required (the spot variant's
    optional `accountName` covers all sub-accounts when omitted), the count parameter is
    `limit` (1 to 100), there is no `moveType`, and `data` is the bare list of records (no
    `total`/`historyList` wrapper). Records carry both usernames, the wallet type on each
    side (always `future`), currency, the amount as a decimal string and `submissionTime` in
    Unix **seconds**. No paging and no time filter.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        sub_account (str): A sub-account's username as BitMart shows it (often an e-mail address).
        limit (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[SubAccountFuturesTransfersResponse]
    """

    kwargs = _get_kwargs(
        sub_account=sub_account,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sub_account: str,
    limit: int,
) -> SubAccountFuturesTransfersResponse:
    """Futures transfers of one sub-account (main key)

     Lists the most recent futures transfers of the sub-account `subAccount` (to and from the
    main account). Lives on the futures host. Only the **main account's** API
    key may call it. A sub-account reads its own with `get_sub_account_futures_transfers`;
    the spot counterpart is `get_sub_account_spot_transfers_as_main`.

    Differences from the spot variant: `subAccount` is required (the spot variant's
    optional `accountName` covers all sub-accounts when omitted), the count parameter is
    `limit` (1 to 100), there is no `moveType`, and `data` is the bare list of records (no
    `total`/`historyList` wrapper). Records carry both usernames, the wallet type on each
    side (always `future`), currency, the amount as a decimal string and `submissionTime` in
    Unix **seconds**. No paging and no time filter.

    Rate limit: 8 requests per 2 seconds per API key.

    Args:
        sub_account (str): A sub-account's username as BitMart shows it (often an e-mail address).
        limit (int):

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        SubAccountFuturesTransfersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sub_account=sub_account,
            limit=limit,
        )
    ).parsed
