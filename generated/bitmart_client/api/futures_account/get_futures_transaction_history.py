from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_order_account import (
    FuturesOrderAccount,
)
from ...models.futures_transaction_flow_type import (
    FuturesTransactionFlowType,
)
from ...models.futures_transaction_list_response import FuturesTransactionListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_transaction_history"


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    flow_type: FuturesTransactionFlowType | Unset = 0,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page_size: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_flow_type: int | Unset = UNSET
    if not isinstance(flow_type, Unset):
        json_flow_type = flow_type

    params["flow_type"] = json_flow_type

    json_account: str | Unset = UNSET
    if not isinstance(account, Unset):
        json_account = account

    params["account"] = json_account

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/transaction-history",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesTransactionListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesTransactionListResponse.from_dict,
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
    symbol: str | Unset = UNSET,
    flow_type: FuturesTransactionFlowType | Unset = 0,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page_size: int | Unset = 100,
) -> Response[FuturesTransactionListResponse]:
    """Futures fund flows

     Lists the movements of the futures account's balance: transfers in and out, realised
    PnL, funding fees, trading fees and liquidation clearance. `flow_type` selects one kind
    (0, the default, is all). `amount` is signed: negative amounts left the account.

    **Time range in milliseconds.** Unlike the order and fill histories, `start_time` and
    `end_time` here are Unix times in **milliseconds**. Without them only the last 7 days
    are returned; BitMart documents no maximum span. `page_size` (1 to 1000, default 100)
    caps the number of entries; there is no page number, so narrow the window to go further
    back.

    `time` is a millisecond timestamp sent as a string by the documentation (a number in
    BitMart's skills examples); both forms are accepted. `symbol` is empty for transfers.

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        flow_type (FuturesTransactionFlowType | Unset): Kind of fund flow, an integer. 0 all
            (filter only), 1 transfer, 2 realised PnL, 3 funding fee, 4 commission fee, 5 liquidation
            clearance. Default: 0.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        page_size (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTransactionListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        flow_type=flow_type,
        account=account,
        start_time=start_time,
        end_time=end_time,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    flow_type: FuturesTransactionFlowType | Unset = 0,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page_size: int | Unset = 100,
) -> FuturesTransactionListResponse:
    """Futures fund flows

     Lists the movements of the futures account's balance: transfers in and out, realised
    PnL, funding fees, trading fees and liquidation clearance. `flow_type` selects one kind
    (0, the default, is all). `amount` is signed: negative amounts left the account.

    **Time range in milliseconds.** Unlike the order and fill histories, `start_time` and
    `end_time` here are Unix times in **milliseconds**. Without them only the last 7 days
    are returned; BitMart documents no maximum span. `page_size` (1 to 1000, default 100)
    caps the number of entries; there is no page number, so narrow the window to go further
    back.

    `time` is a millisecond timestamp sent as a string by the documentation (a number in
    BitMart's skills examples); both forms are accepted. `symbol` is empty for transfers.

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        flow_type (FuturesTransactionFlowType | Unset): Kind of fund flow, an integer. 0 all
            (filter only), 1 transfer, 2 realised PnL, 3 funding fee, 4 commission fee, 5 liquidation
            clearance. Default: 0.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        page_size (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTransactionListResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        flow_type=flow_type,
        account=account,
        start_time=start_time,
        end_time=end_time,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    flow_type: FuturesTransactionFlowType | Unset = 0,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page_size: int | Unset = 100,
) -> Response[FuturesTransactionListResponse]:
    """Futures fund flows

     Lists the movements of the futures account's balance: transfers in and out, realised
    PnL, funding fees, trading fees and liquidation clearance. `flow_type` selects one kind
    (0, the default, is all). `amount` is signed: negative amounts left the account.

    **Time range in milliseconds.** Unlike the order and fill histories, `start_time` and
    `end_time` here are Unix times in **milliseconds**. Without them only the last 7 days
    are returned; BitMart documents no maximum span. `page_size` (1 to 1000, default 100)
    caps the number of entries; there is no page number, so narrow the window to go further
    back.

    `time` is a millisecond timestamp sent as a string by the documentation (a number in
    BitMart's skills examples); both forms are accepted. `symbol` is empty for transfers.

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        flow_type (FuturesTransactionFlowType | Unset): Kind of fund flow, an integer. 0 all
            (filter only), 1 transfer, 2 realised PnL, 3 funding fee, 4 commission fee, 5 liquidation
            clearance. Default: 0.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        page_size (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTransactionListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        flow_type=flow_type,
        account=account,
        start_time=start_time,
        end_time=end_time,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    flow_type: FuturesTransactionFlowType | Unset = 0,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    page_size: int | Unset = 100,
) -> FuturesTransactionListResponse:
    """Futures fund flows

     Lists the movements of the futures account's balance: transfers in and out, realised
    PnL, funding fees, trading fees and liquidation clearance. `flow_type` selects one kind
    (0, the default, is all). `amount` is signed: negative amounts left the account.

    **Time range in milliseconds.** Unlike the order and fill histories, `start_time` and
    `end_time` here are Unix times in **milliseconds**. Without them only the last 7 days
    are returned; BitMart documents no maximum span. `page_size` (1 to 1000, default 100)
    caps the number of entries; there is no page number, so narrow the window to go further
    back.

    `time` is a millisecond timestamp sent as a string by the documentation (a number in
    BitMart's skills examples); both forms are accepted. `symbol` is empty for transfers.

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str | Unset): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        flow_type (FuturesTransactionFlowType | Unset): Kind of fund flow, an integer. 0 all
            (filter only), 1 transfer, 2 realised PnL, 3 funding fee, 4 commission fee, 5 liquidation
            clearance. Default: 0.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in milliseconds.
        end_time (int | Unset): Unix time in milliseconds.
        page_size (int | Unset):  Default: 100.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTransactionListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            flow_type=flow_type,
            account=account,
            start_time=start_time,
            end_time=end_time,
            page_size=page_size,
        )
    ).parsed
