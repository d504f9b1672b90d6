from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_tp_sl_submit_request import FuturesTpSlSubmitRequest
from ...models.futures_tp_sl_submit_response import FuturesTpSlSubmitResponse
from ...types import Response

OPERATION_ID = "submit_futures_tp_sl_order"


def _get_kwargs(
    *,
    body: FuturesTpSlSubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/submit-tp-sl-order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesTpSlSubmitResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesTpSlSubmitResponse.from_dict,
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
    body: FuturesTpSlSubmitRequest,
) -> Response[FuturesTpSlSubmitResponse]:
    """Place a take-profit or stop-loss order

     Places one take-profit (`type` `take_profit`) or one stop-loss (`stop_loss`) order that
    closes an existing position when the market reaches `trigger_price`; set both with two
    calls. `side` is the closing side: 3 for a long position (sell to close, or reduce-only
    sell in one-way mode), 2 for a short (buy to close, or reduce-only buy). For a long the
    take-profit trigger lies above the entry price and the stop-loss below; for a short the
    other way round.

    * `price_type`: which price is watched, 1 the last traded price, 2 the fair (mark) price.
    * `plan_category`: 2 (the default since 2024-10-10) is a position TP/SL that closes the
      whole position; 1 is a TP/SL order for `size` contracts.
    * `size`: contracts to close; defaults to the whole position.
    * `category`: the order placed when it fires, `limit` or `market`; position TP/SL
      default to `market`.
    * `executive_price`: the price of that order. BitMart requires the field even for
      market execution, where its value is not used (send `0`); with `category` `limit` it
      is the limit price.

    `client_order_id` (1 to 32 letters and digits) names the order; a reused id is refused
    with 40050. The answer gives `order_id` as a numeric **string** (unlike plan and
    ordinary orders) and echoes `client_order_id`. The order is listed among the current
    plan orders (`plan_type=profit_loss`) until it fires, is changed with
    `modify_futures_tp_sl_order` and, having no cancel operation of its own, is cancelled
    with `cancel_futures_plan_order`.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTpSlSubmitRequest): One take-profit or stop-loss order on an existing
            position.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTpSlSubmitResponse]
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
    body: FuturesTpSlSubmitRequest,
) -> FuturesTpSlSubmitResponse:
    """Place a take-profit or stop-loss order

     Places one take-profit (`type` `take_profit`) or one stop-loss (`stop_loss`) order that
    closes an existing position when the market reaches `trigger_price`; set both with two
    calls. `side` is the closing side: 3 for a long position (sell to close, or reduce-only
    sell in one-way mode), 2 for a short (buy to close, or reduce-only buy). For a long the
    take-profit trigger lies above the entry price and the stop-loss below; for a short the
    other way round.

    * `price_type`: which price is watched, 1 the last traded price, 2 the fair (mark) price.
    * `plan_category`: 2 (the default since 2024-10-10) is a position TP/SL that closes the
      whole position; 1 is a TP/SL order for `size` contracts.
    * `size`: contracts to close; defaults to the whole position.
    * `category`: the order placed when it fires, `limit` or `market`; position TP/SL
      default to `market`.
    * `executive_price`: the price of that order. BitMart requires the field even for
      market execution, where its value is not used (send `0`); with `category` `limit` it
      is the limit price.

    `client_order_id` (1 to 32 letters and digits) names the order; a reused id is refused
    with 40050. The answer gives `order_id` as a numeric **string** (unlike plan and
    ordinary orders) and echoes `client_order_id`. The order is listed among the current
    plan orders (`plan_type=profit_loss`) until it fires, is changed with
    `modify_futures_tp_sl_order` and, having no cancel operation of its own, is cancelled
    with `cancel_futures_plan_order`.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTpSlSubmitRequest): One take-profit or stop-loss order on an existing
            position.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTpSlSubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesTpSlSubmitRequest,
) -> Response[FuturesTpSlSubmitResponse]:
    """Place a take-profit or stop-loss order

     Places one take-profit (`type` `take_profit`) or one stop-loss (`stop_loss`) order that
    closes an existing position when the market reaches `trigger_price`; set both with two
    calls. `side` is the closing side: 3 for a long position (sell to close, or reduce-only
    sell in one-way mode), 2 for a short (buy to close, or reduce-only buy). For a long the
    take-profit trigger lies above the entry price and the stop-loss below; for a short the
    other way round.

    * `price_type`: which price is watched, 1 the last traded price, 2 the fair (mark) price.
    * `plan_category`: 2 (the default since 2024-10-10) is a position TP/SL that closes the
      whole position; 1 is a TP/SL order for `size` contracts.
    * `size`: contracts to close; defaults to the whole position.
    * `category`: the order placed when it fires, `limit` or `market`; position TP/SL
      default to `market`.
    * `executive_price`: the price of that order. BitMart requires the field even for
      market execution, where its value is not used (send `0`); with `category` `limit` it
      is the limit price.

    `client_order_id` (1 to 32 letters and digits) names the order; a reused id is refused
    with 40050. The answer gives `order_id` as a numeric **string** (unlike plan and
    ordinary orders) and echoes `client_order_id`. The order is listed among the current
    plan orders (`plan_type=profit_loss`) until it fires, is changed with
    `modify_futures_tp_sl_order` and, having no cancel operation of its own, is cancelled
    with `cancel_futures_plan_order`.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTpSlSubmitRequest): One take-profit or stop-loss order on an existing
            position.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesTpSlSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesTpSlSubmitRequest,
) -> FuturesTpSlSubmitResponse:
    """Place a take-profit or stop-loss order

     Places one take-profit (`type` `take_profit`) or one stop-loss (`stop_loss`) order that
    closes an existing position when the market reaches `trigger_price`; set both with two
    calls. `side` is the closing side: 3 for a long position (sell to close, or reduce-only
    sell in one-way mode), 2 for a short (buy to close, or reduce-only buy). For a long the
    take-profit trigger lies above the entry price and the stop-loss below; for a short the
    other way round.

    * `price_type`: which price is watched, 1 the last traded price, 2 the fair (mark) price.
    * `plan_category`: 2 (the default since 2024-10-10) is a position TP/SL that closes the
      whole position; 1 is a TP/SL order for `size` contracts.
    * `size`: contracts to close; defaults to the whole position.
    * `category`: the order placed when it fires, `limit` or `market`; position TP/SL
      default to `market`.
    * `executive_price`: the price of that order. BitMart requires the field even for
      market execution, where its value is not used (send `0`); with `category` `limit` it
      is the limit price.

    `client_order_id` (1 to 32 letters and digits) names the order; a reused id is refused
    with 40050. The answer gives `order_id` as a numeric **string** (unlike plan and
    ordinary orders) and echoes `client_order_id`. The order is listed among the current
    plan orders (`plan_type=profit_loss`) until it fires, is changed with
    `modify_futures_tp_sl_order` and, having no cancel operation of its own, is cancelled
    with `cancel_futures_plan_order`.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesTpSlSubmitRequest): One take-profit or stop-loss order on an existing
            position.

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesTpSlSubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
