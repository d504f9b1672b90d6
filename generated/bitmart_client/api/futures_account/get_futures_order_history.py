from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_order_account import (
    FuturesOrderAccount,
)
from ...models.futures_order_list_response import FuturesOrderListResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_order_history"


def _get_kwargs(
    *,
    symbol: str,
    order_id: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["order_id"] = order_id

    params["client_order_id"] = client_order_id

    json_account: str | Unset = UNSET
    if not isinstance(account, Unset):
        json_account = account

    params["account"] = json_account

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/order-history",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesOrderListResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesOrderListResponse.from_dict, client.parse_options
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
    symbol: str,
    order_id: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[FuturesOrderListResponse]:
    """Futures order history

     Lists the account's orders on one contract (`symbol` is required), working (`state` 2)
    and finished (`state` 4), including liquidation, bankruptcy and ADL orders and the
    orders created when a plan order fired (`type` `planorder`, with `trigger_price` and
    `execution_price`; `execution_price` reads `Market` when the plan executes at market).

    **Time range in seconds.** `start_time` and `end_time` are Unix times in **seconds**
    (not milliseconds, unlike `get_futures_transaction_history`). Without them the last 7
    days are returned. When given, `end_time` must be later than `start_time` and the span
    may not exceed 90 days. At most 200 orders come back and there is no paging: orders
    beyond the 200th are silently left out, so narrow the window to see them all.

    **Finding an order by client order id.** `client_order_id` (or `order_id`) filters the
    history to that one order. Each entry also carries the `client_order_id` the order was
    placed with (an empty string when none was given), which is how an order placed with a
    caller-chosen id can be found again after a placement with an unknown outcome.

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        order_id (str | Unset):
        client_order_id (str | Unset):
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesOrderListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_id=order_id,
        client_order_id=client_order_id,
        account=account,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> FuturesOrderListResponse:
    """Futures order history

     Lists the account's orders on one contract (`symbol` is required), working (`state` 2)
    and finished (`state` 4), including liquidation, bankruptcy and ADL orders and the
    orders created when a plan order fired (`type` `planorder`, with `trigger_price` and
    `execution_price`; `execution_price` reads `Market` when the plan executes at market).

    **Time range in seconds.** `start_time` and `end_time` are Unix times in **seconds**
    (not milliseconds, unlike `get_futures_transaction_history`). Without them the last 7
    days are returned. When given, `end_time` must be later than `start_time` and the span
    may not exceed 90 days. At most 200 orders come back and there is no paging: orders
    beyond the 200th are silently left out, so narrow the window to see them all.

    **Finding an order by client order id.** `client_order_id` (or `order_id`) filters the
    history to that one order. Each entry also carries the `client_order_id` the order was
    placed with (an empty string when none was given), which is how an order placed with a
    caller-chosen id can be found again after a placement with an unknown outcome.

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        order_id (str | Unset):
        client_order_id (str | Unset):
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesOrderListResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        order_id=order_id,
        client_order_id=client_order_id,
        account=account,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> Response[FuturesOrderListResponse]:
    """Futures order history

     Lists the account's orders on one contract (`symbol` is required), working (`state` 2)
    and finished (`state` 4), including liquidation, bankruptcy and ADL orders and the
    orders created when a plan order fired (`type` `planorder`, with `trigger_price` and
    `execution_price`; `execution_price` reads `Market` when the plan executes at market).

    **Time range in seconds.** `start_time` and `end_time` are Unix times in **seconds**
    (not milliseconds, unlike `get_futures_transaction_history`). Without them the last 7
    days are returned. When given, `end_time` must be later than `start_time` and the span
    may not exceed 90 days. At most 200 orders come back and there is no paging: orders
    beyond the 200th are silently left out, so narrow the window to see them all.

    **Finding an order by client order id.** `client_order_id` (or `order_id`) filters the
    history to that one order. Each entry also carries the `client_order_id` the order was
    placed with (an empty string when none was given), which is how an order placed with a
    caller-chosen id can be found again after a placement with an unknown outcome.

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        order_id (str | Unset):
        client_order_id (str | Unset):
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesOrderListResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_id=order_id,
        client_order_id=client_order_id,
        account=account,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    account: FuturesOrderAccount | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
) -> FuturesOrderListResponse:
    """Futures order history

     Lists the account's orders on one contract (`symbol` is required), working (`state` 2)
    and finished (`state` 4), including liquidation, bankruptcy and ADL orders and the
    orders created when a plan order fired (`type` `planorder`, with `trigger_price` and
    `execution_price`; `execution_price` reads `Market` when the plan executes at market).

    **Time range in seconds.** `start_time` and `end_time` are Unix times in **seconds**
    (not milliseconds, unlike `get_futures_transaction_history`). Without them the last 7
    days are returned. When given, `end_time` must be later than `start_time` and the span
    may not exceed 90 days. At most 200 orders come back and there is no paging: orders
    beyond the 200th are silently left out, so narrow the window to see them all.

    **Finding an order by client order id.** `client_order_id` (or `order_id`) filters the
    history to that one order. Each entry also carries the `client_order_id` the order was
    placed with (an empty string when none was given), which is how an order placed with a
    caller-chosen id can be found again after a placement with an unknown outcome.

    Rate limit: 6 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        order_id (str | Unset):
        client_order_id (str | Unset):
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.
        start_time (int | Unset): Unix time in seconds.
        end_time (int | Unset): Unix time in seconds.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesOrderListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            account=account,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
