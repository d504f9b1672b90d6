from http import HTTPStatus
from typing import Any

import httpx
from bitmart_runtime.lenient import plain
from bitmart_runtime.parsing import parse_answer

from ...client import AuthenticatedClient, Client
from ...models.futures_plan_submit_request import FuturesPlanSubmitRequest
from ...models.futures_plan_submit_response import FuturesPlanSubmitResponse
from ...types import Response

OPERATION_ID = "submit_futures_plan_order"


def _get_kwargs(
    *,
    body: FuturesPlanSubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contract/private/submit-plan-order",
        "extensions": {"bitmart_operation": OPERATION_ID},
    }

    _kwargs["json"] = plain(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FuturesPlanSubmitResponse]:
    parsed, drift = parse_answer(
        OPERATION_ID,
        response,
        FuturesPlanSubmitResponse.from_dict,
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
    body: FuturesPlanSubmitRequest,
) -> Response[FuturesPlanSubmitResponse]:
    """Place a plan (trigger) order

     Places a plan order: a dormant order that BitMart submits once the market reaches
    `trigger_price`. Which market price is watched is chosen by `price_type` (1 the last
    traded price, 2 the fair price, i.e. BitMart's mark price), and in which direction by
    `price_way`: 1 (long way) fires when that price rises to or above `trigger_price`,
    2 (short way) when it falls to or below it.

    When it fires, BitMart places an order of `size` contracts on `side` (same meanings as
    for `submit_futures_order`), with `leverage`, `open_type` and the time-in-force `mode`:
    * `type` `limit` (the default): a limit order at `executive_price`, which is then
      required.
    * `type` `market`: a market order; `executive_price` is not used.
    * `type` `take_profit` / `stop_loss`: a closing plan; `plan_category` says whether it
      covers a given size (1, TP/SL) or the whole position (2, position TP/SL). To protect
      an existing position `submit_futures_tp_sl_order` is the dedicated operation.

    `leverage` and `open_type` are required here whatever the side. The `preset_*` fields
    attach a take-profit and/or stop-loss to the order placed when the plan fires.

    The plan shows among the current plan orders (`/contract/private/current-plan-order`)
    until it fires or is cancelled. `order_id` comes back as a JSON **number** (parse it as
    an integer); the plan-order query returns ids as numeric strings.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesPlanSubmitRequest): A plan (trigger) order. `executive_price` is required
            when `type` is `limit` (the default).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesPlanSubmitResponse]
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
    body: FuturesPlanSubmitRequest,
) -> FuturesPlanSubmitResponse:
    """Place a plan (trigger) order

     Places a plan order: a dormant order that BitMart submits once the market reaches
    `trigger_price`. Which market price is watched is chosen by `price_type` (1 the last
    traded price, 2 the fair price, i.e. BitMart's mark price), and in which direction by
    `price_way`: 1 (long way) fires when that price rises to or above `trigger_price`,
    2 (short way) when it falls to or below it.

    When it fires, BitMart places an order of `size` contracts on `side` (same meanings as
    for `submit_futures_order`), with `leverage`, `open_type` and the time-in-force `mode`:
    * `type` `limit` (the default): a limit order at `executive_price`, which is then
      required.
    * `type` `market`: a market order; `executive_price` is not used.
    * `type` `take_profit` / `stop_loss`: a closing plan; `plan_category` says whether it
      covers a given size (1, TP/SL) or the whole position (2, position TP/SL). To protect
      an existing position `submit_futures_tp_sl_order` is the dedicated operation.

    `leverage` and `open_type` are required here whatever the side. The `preset_*` fields
    attach a take-profit and/or stop-loss to the order placed when the plan fires.

    The plan shows among the current plan orders (`/contract/private/current-plan-order`)
    until it fires or is cancelled. `order_id` comes back as a JSON **number** (parse it as
    an integer); the plan-order query returns ids as numeric strings.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesPlanSubmitRequest): A plan (trigger) order. `executive_price` is required
            when `type` is `limit` (the default).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesPlanSubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FuturesPlanSubmitRequest,
) -> Response[FuturesPlanSubmitResponse]:
    """Place a plan (trigger) order

     Places a plan order: a dormant order that BitMart submits once the market reaches
    `trigger_price`. Which market price is watched is chosen by `price_type` (1 the last
    traded price, 2 the fair price, i.e. BitMart's mark price), and in which direction by
    `price_way`: 1 (long way) fires when that price rises to or above `trigger_price`,
    2 (short way) when it falls to or below it.

    When it fires, BitMart places an order of `size` contracts on `side` (same meanings as
    for `submit_futures_order`), with `leverage`, `open_type` and the time-in-force `mode`:
    * `type` `limit` (the default): a limit order at `executive_price`, which is then
      required.
    * `type` `market`: a market order; `executive_price` is not used.
    * `type` `take_profit` / `stop_loss`: a closing plan; `plan_category` says whether it
      covers a given size (1, TP/SL) or the whole position (2, position TP/SL). To protect
      an existing position `submit_futures_tp_sl_order` is the dedicated operation.

    `leverage` and `open_type` are required here whatever the side. The `preset_*` fields
    attach a take-profit and/or stop-loss to the order placed when the plan fires.

    The plan shows among the current plan orders (`/contract/private/current-plan-order`)
    until it fires or is cancelled. `order_id` comes back as a JSON **number** (parse it as
    an integer); the plan-order query returns ids as numeric strings.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesPlanSubmitRequest): A plan (trigger) order. `executive_price` is required
            when `type` is `limit` (the default).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        Response[FuturesPlanSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FuturesPlanSubmitRequest,
) -> FuturesPlanSubmitResponse:
    """Place a plan (trigger) order

     Places a plan order: a dormant order that BitMart submits once the market reaches
    `trigger_price`. Which market price is watched is chosen by `price_type` (1 the last
    traded price, 2 the fair price, i.e. BitMart's mark price), and in which direction by
    `price_way`: 1 (long way) fires when that price rises to or above `trigger_price`,
    2 (short way) when it falls to or below it.

    When it fires, BitMart places an order of `size` contracts on `side` (same meanings as
    for `submit_futures_order`), with `leverage`, `open_type` and the time-in-force `mode`:
    * `type` `limit` (the default): a limit order at `executive_price`, which is then
      required.
    * `type` `market`: a market order; `executive_price` is not used.
    * `type` `take_profit` / `stop_loss`: a closing plan; `plan_category` says whether it
      covers a given size (1, TP/SL) or the whole position (2, position TP/SL). To protect
      an existing position `submit_futures_tp_sl_order` is the dedicated operation.

    `leverage` and `open_type` are required here whatever the side. The `preset_*` fields
    attach a take-profit and/or stop-loss to the order placed when the plan fires.

    The plan shows among the current plan orders (`/contract/private/current-plan-order`)
    until it fires or is cancelled. `order_id` comes back as a JSON **number** (parse it as
    an integer); the plan-order query returns ids as numeric strings.

    Rate limit: 24 requests per 2 seconds per UID.

    Args:
        body (FuturesPlanSubmitRequest): A plan (trigger) order. `executive_price` is required
            when `type` is `limit` (the default).

    Raises:
        bitmart_runtime.BitMartAPIError: BitMart answered with a code other than 1000; the subclass
            names the kind (authentication, permission, rate limit, invalid request, ...).
        bitmart_runtime.UnexpectedResponseError: The response is not the documented JSON.
        bitmart_runtime.NetworkError: The request could not be sent or the connection failed.

    Returns:
        FuturesPlanSubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
