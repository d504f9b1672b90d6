from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_submit_order_request import FuturesSubmitOrderRequest
from ...models.futures_submit_order_response import FuturesSubmitOrderResponse
from ...types import Response

OPERATION_ID = "submit_futures_order"


def _get_kwargs(
    *,
    body: FuturesSubmitOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/submit-order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesSubmitOrderResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesSubmitOrderResponse.from_dict,
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
    body: FuturesSubmitOrderRequest,
) -> Response[FuturesSubmitOrderResponse]:
    """Place a futures order

     Places a limit or market order on one contract and returns its id. The order's fate
    (resting, filled, cancelled) is not in the answer: look it up with
    `/contract/private/order` or among the open orders. `size` is a whole number of
    contracts (see the contract's `contract_size` in `/contract/public/details`).

    What `side` means depends on the account's position mode (`set_futures_position_mode`):
    in `hedge_mode` 1 opens or adds to a long, 2 closes a short, 3 closes a long and 4 opens
    or adds to a short; in `one_way_mode` 1 is a buy, 4 a sell, and 2 and 3 are reduce-only
    buy and sell.

    Conditional fields:
    * `price` is required when `type` is `limit`, which is also the default when `type` is
      left out. Do not send it with `market` orders.
    * `leverage` and `open_type` are required when the order opens or adds to a position
      (side 1 or 4); they are ignored when it closes one (side 2 or 3). When a position
      already exists on that contract, send its current leverage and margin type; change
      them with `set_futures_leverage`, not through an order.
    * `mode` 4 (Maker Only, post-only) is only valid with `limit` orders.
    * The `preset_*` fields attach a take-profit and/or stop-loss to an opening order; they
      only apply to sides 1 and 4. For a position that already exists use
      `submit_futures_tp_sl_order`.

    **Retry safety.** `client_order_id` is an id of the caller's choosing, 1 to 32 letters
    and digits. Sending one makes a retry safe: when the outcome of a placement is unknown
    (timeout, dropped connection, 5XX), look the order up by that id among the open orders
    (`/contract/private/get-open-orders`, whose rows carry `client_order_id`) and in the
    order history (`/contract/private/order-history?client_order_id=...`) before placing it
    again. A resend with an id already used is refused with 40050 (client order id
    duplicated), which means the first attempt went through.

    **Response types.** `order_id` is a JSON **number** here (up to 17 digits, beyond the
    53-bit range of floats: parse it as an integer), while the order queries return order
    ids as numeric strings; convert it with `str()` before comparing. `price` echoes the
    submitted price, or the text `market price` for market orders.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        body (FuturesSubmitOrderRequest): A futures order. `price` is required when `type` is
            `limit` (the default); `leverage`
            and `open_type` are required when the order opens or adds to a position (side 1 or 4).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesSubmitOrderResponse]
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
    body: FuturesSubmitOrderRequest,
) -> FuturesSubmitOrderResponse:
    """Place a futures order

     Places a limit or market order on one contract and returns its id. The order's fate
    (resting, filled, cancelled) is not in the answer: look it up with
    `/contract/private/order` or among the open orders. `size` is a whole number of
    contracts (see the contract's `contract_size` in `/contract/public/details`).

    What `side` means depends on the account's position mode (`set_futures_position_mode`):
    in `hedge_mode` 1 opens or adds to a long, 2 closes a short, 3 closes a long and 4 opens
    or adds to a short; in `one_way_mode` 1 is a buy, 4 a sell, and 2 and 3 are reduce-only
    buy and sell.

    Conditional fields:
    * `price` is required when `type` is `limit`, which is also the default when `type` is
      left out. Do not send it with `market` orders.
    * `leverage` and `open_type` are required when the order opens or adds to a position
      (side 1 or 4); they are ignored when it closes one (side 2 or 3). When a position
      already exists on that contract, send its current leverage and margin type; change
      them with `set_futures_leverage`, not through an order.
    * `mode` 4 (Maker Only, post-only) is only valid with `limit` orders.
    * The `preset_*` fields attach a take-profit and/or stop-loss to an opening order; they
      only apply to sides 1 and 4. For a position that already exists use
      `submit_futures_tp_sl_order`.

    **Retry safety.** `client_order_id` is an id of the caller's choosing, 1 to 32 letters
    and digits. Sending one makes a retry safe: when the outcome of a placement is unknown
    (timeout, dropped connection, 5XX), look the order up by that id among the open orders
    (`/contract/private/get-open-orders`, whose rows carry `client_order_id`) and in the
    order history (`/contract/private/order-history?client_order_id=...`) before placing it
    again. A resend with an id already used is refused with 40050 (client order id
    duplicated), which means the first attempt went through.

    **Response types.** `order_id` is a JSON **number** here (up to 17 digits, beyond the
    53-bit range of floats: parse it as an integer), while the order queries return order
    ids as numeric strings; convert it with `str()` before comparing. `price` echoes the
    submitted price, or the text `market price` for market orders.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        body (FuturesSubmitOrderRequest): A futures order. `price` is required when `type` is
            `limit` (the default); `leverage`
            and `open_type` are required when the order opens or adds to a position (side 1 or 4).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesSubmitOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesSubmitOrderRequest,
) -> Response[FuturesSubmitOrderResponse]:
    """Place a futures order

     Places a limit or market order on one contract and returns its id. The order's fate
    (resting, filled, cancelled) is not in the answer: look it up with
    `/contract/private/order` or among the open orders. `size` is a whole number of
    contracts (see the contract's `contract_size` in `/contract/public/details`).

    What `side` means depends on the account's position mode (`set_futures_position_mode`):
    in `hedge_mode` 1 opens or adds to a long, 2 closes a short, 3 closes a long and 4 opens
    or adds to a short; in `one_way_mode` 1 is a buy, 4 a sell, and 2 and 3 are reduce-only
    buy and sell.

    Conditional fields:
    * `price` is required when `type` is `limit`, which is also the default when `type` is
      left out. Do not send it with `market` orders.
    * `leverage` and `open_type` are required when the order opens or adds to a position
      (side 1 or 4); they are ignored when it closes one (side 2 or 3). When a position
      already exists on that contract, send its current leverage and margin type; change
      them with `set_futures_leverage`, not through an order.
    * `mode` 4 (Maker Only, post-only) is only valid with `limit` orders.
    * The `preset_*` fields attach a take-profit and/or stop-loss to an opening order; they
      only apply to sides 1 and 4. For a position that already exists use
      `submit_futures_tp_sl_order`.

    **Retry safety.** `client_order_id` is an id of the caller's choosing, 1 to 32 letters
    and digits. Sending one makes a retry safe: when the outcome of a placement is unknown
    (timeout, dropped connection, 5XX), look the order up by that id among the open orders
    (`/contract/private/get-open-orders`, whose rows carry `client_order_id`) and in the
    order history (`/contract/private/order-history?client_order_id=...`) before placing it
    again. A resend with an id already used is refused with 40050 (client order id
    duplicated), which means the first attempt went through.

    **Response types.** `order_id` is a JSON **number** here (up to 17 digits, beyond the
    53-bit range of floats: parse it as an integer), while the order queries return order
    ids as numeric strings; convert it with `str()` before comparing. `price` echoes the
    submitted price, or the text `market price` for market orders.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        body (FuturesSubmitOrderRequest): A futures order. `price` is required when `type` is
            `limit` (the default); `leverage`
            and `open_type` are required when the order opens or adds to a position (side 1 or 4).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesSubmitOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesSubmitOrderRequest,
) -> FuturesSubmitOrderResponse:
    """Place a futures order

     Places a limit or market order on one contract and returns its id. The order's fate
    (resting, filled, cancelled) is not in the answer: look it up with
    `/contract/private/order` or among the open orders. `size` is a whole number of
    contracts (see the contract's `contract_size` in `/contract/public/details`).

    What `side` means depends on the account's position mode (`set_futures_position_mode`):
    in `hedge_mode` 1 opens or adds to a long, 2 closes a short, 3 closes a long and 4 opens
    or adds to a short; in `one_way_mode` 1 is a buy, 4 a sell, and 2 and 3 are reduce-only
    buy and sell.

    Conditional fields:
    * `price` is required when `type` is `limit`, which is also the default when `type` is
      left out. Do not send it with `market` orders.
    * `leverage` and `open_type` are required when the order opens or adds to a position
      (side 1 or 4); they are ignored when it closes one (side 2 or 3). When a position
      already exists on that contract, send its current leverage and margin type; change
      them with `set_futures_leverage`, not through an order.
    * `mode` 4 (Maker Only, post-only) is only valid with `limit` orders.
    * The `preset_*` fields attach a take-profit and/or stop-loss to an opening order; they
      only apply to sides 1 and 4. For a position that already exists use
      `submit_futures_tp_sl_order`.

    **Retry safety.** `client_order_id` is an id of the caller's choosing, 1 to 32 letters
    and digits. Sending one makes a retry safe: when the outcome of a placement is unknown
    (timeout, dropped connection, 5XX), look the order up by that id among the open orders
    (`/contract/private/get-open-orders`, whose rows carry `client_order_id`) and in the
    order history (`/contract/private/order-history?client_order_id=...`) before placing it
    again. A resend with an id already used is refused with 40050 (client order id
    duplicated), which means the first attempt went through.

    **Response types.** `order_id` is a JSON **number** here (up to 17 digits, beyond the
    53-bit range of floats: parse it as an integer), while the order queries return order
    ids as numeric strings; convert it with `str()` before comparing. `price` echoes the
    submitted price, or the text `market price` for market orders.

    Rate limit: 24 requests per 2 seconds per API key.

    Args:
        body (FuturesSubmitOrderRequest): A futures order. `price` is required when `type` is
            `limit` (the default); `leverage`
            and `open_type` are required when the order opens or adds to a position (side 1 or 4).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesSubmitOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
