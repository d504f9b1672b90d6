from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_order_account import (
    FuturesOrderAccount,
)
from ...models.futures_order_response import FuturesOrderResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_futures_order"


def _get_kwargs(
    *,
    symbol: str,
    order_id: str,
    account: FuturesOrderAccount | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["order_id"] = order_id

    json_account: str | Unset = UNSET
    if not isinstance(account, Unset):
        json_account = account

    params["account"] = json_account

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contract/private/order",
        "params": params,
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesOrderResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID, response, FuturesOrderResponse.from_dict, client.parse_options
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
    order_id: str,
    account: FuturesOrderAccount | Unset = UNSET,
) -> Response[FuturesOrderResponse]:
    """Futures order by id

     Returns one order, open or finished, by BitMart's `order_id`. `symbol` is required and
    must be the order's contract. `account` selects the copy-trading account instead of the
    ordinary futures account. An unknown id is refused (40035 or 40037).

    There is no lookup by client order id on this endpoint: to find an order by the id the
    caller chose, filter `get_futures_order_history` with `client_order_id`, or scan
    `get_futures_open_orders`.

    `state` 1 means the engine is still accepting the order, 2 that it is working, 4 that
    it is final (filled or cancelled: compare `deal_size` with `size`). Trailing-order
    fields (`activation_price`, `callback_rate`, `activation_price_type`) and the preset
    TP/SL fields are only sent when they apply.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        order_id (str):
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesOrderResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_id=order_id,
        account=account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: str,
    account: FuturesOrderAccount | Unset = UNSET,
) -> FuturesOrderResponse:
    """Futures order by id

     Returns one order, open or finished, by BitMart's `order_id`. `symbol` is required and
    must be the order's contract. `account` selects the copy-trading account instead of the
    ordinary futures account. An unknown id is refused (40035 or 40037).

    There is no lookup by client order id on this endpoint: to find an order by the id the
    caller chose, filter `get_futures_order_history` with `client_order_id`, or scan
    `get_futures_open_orders`.

    `state` 1 means the engine is still accepting the order, 2 that it is working, 4 that
    it is final (filled or cancelled: compare `deal_size` with `size`). Trailing-order
    fields (`activation_price`, `callback_rate`, `activation_price_type`) and the preset
    TP/SL fields are only sent when they apply.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        order_id (str):
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesOrderResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        order_id=order_id,
        account=account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: str,
    account: FuturesOrderAccount | Unset = UNSET,
) -> Response[FuturesOrderResponse]:
    """Futures order by id

     Returns one order, open or finished, by BitMart's `order_id`. `symbol` is required and
    must be the order's contract. `account` selects the copy-trading account instead of the
    ordinary futures account. An unknown id is refused (40035 or 40037).

    There is no lookup by client order id on this endpoint: to find an order by the id the
    caller chose, filter `get_futures_order_history` with `client_order_id`, or scan
    `get_futures_open_orders`.

    `state` 1 means the engine is still accepting the order, 2 that it is working, 4 that
    it is final (filled or cancelled: compare `deal_size` with `size`). Trailing-order
    fields (`activation_price`, `callback_rate`, `activation_price_type`) and the preset
    TP/SL fields are only sent when they apply.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        order_id (str):
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesOrderResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_id=order_id,
        account=account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: str,
    account: FuturesOrderAccount | Unset = UNSET,
) -> FuturesOrderResponse:
    """Futures order by id

     Returns one order, open or finished, by BitMart's `order_id`. `symbol` is required and
    must be the order's contract. `account` selects the copy-trading account instead of the
    ordinary futures account. An unknown id is refused (40035 or 40037).

    There is no lookup by client order id on this endpoint: to find an order by the id the
    caller chose, filter `get_futures_order_history` with `client_order_id`, or scan
    `get_futures_open_orders`.

    `state` 1 means the engine is still accepting the order, 2 that it is working, 4 that
    it is final (filled or cancelled: compare `deal_size` with `size`). Trailing-order
    fields (`activation_price`, `callback_rate`, `activation_price_type`) and the preset
    TP/SL fields are only sent when they apply.

    Rate limit: 50 requests per 2 seconds per API key.

    Args:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        order_id (str):
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position
            belongs to; `futures` is the ordinary futures account.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            order_id=order_id,
            account=account,
        )
    ).parsed
