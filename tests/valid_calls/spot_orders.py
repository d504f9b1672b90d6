"""Valid calls of the spot trading operations.

Placements get complete order terms (the samples carry only the required fields); cancels and
queries get an order that exists: a limit buy resting far below the market, placed directly in
the engine, or one that has filled (for its trades).
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

from bitmart_mock.exchange.spot_algo import AlgoOrder
from bitmart_mock.exchange.spot_book import OrderTerms, SpotOrder

from valid_calls import Context, Prepare

SYMBOL = "BTC_USDT"
LIMIT_BUY = {"side": "buy", "type": "limit", "size": "0.001", "price": "30000"}
_numbers = itertools.count(1)


def _client_id() -> str:
    return f"valid{next(_numbers)}"


def _resting(ctx: Context, client_order_id: str = "") -> SpotOrder:
    with ctx.app.lock:
        exchange = ctx.app.exchange
        return exchange.spot.place(
            exchange.account("main"),
            SYMBOL,
            OrderTerms("buy", "limit", size=Decimal("0.001"), price=Decimal("30000")),
            client_order_id=client_order_id,
        )


def _filled(ctx: Context) -> SpotOrder:
    with ctx.app.lock:
        exchange = ctx.app.exchange
        return exchange.spot.place(
            exchange.account("main"), SYMBOL, OrderTerms("buy", "market", notional=Decimal("50"))
        )


def _algo(ctx: Context, client_order_id: str = "") -> AlgoOrder:
    with ctx.app.lock:
        exchange = ctx.app.exchange
        return exchange.spot_algo.place(
            exchange.account("main"),
            symbol=SYMBOL,
            side="buy",
            algo_type="trigger",
            trigger_price=Decimal("40000"),
            trigger_type="limit",
            price=Decimal("40000"),
            size=Decimal("0.001"),
            notional=None,
            client_order_id=client_order_id,
        )


def _body(**fields: Any) -> dict[str, Any]:
    return {"body": fields}


VALID_CALLS: dict[str, Prepare] = {
    "submit_spot_order": lambda ctx: _body(symbol=SYMBOL, client_order_id=_client_id(), **LIMIT_BUY),
    "submit_spot_order_v1": lambda ctx: _body(symbol=SYMBOL, **LIMIT_BUY),
    "submit_spot_batch_orders": lambda ctx: _body(
        symbol=SYMBOL, orderParams=[{**LIMIT_BUY, "clientOrderId": _client_id()}, LIMIT_BUY]
    ),
    "submit_spot_batch_orders_v2": lambda ctx: _body(order_params=[{"symbol": SYMBOL, **LIMIT_BUY}]),
    "submit_spot_batch_orders_v1": lambda ctx: _body(orderParams=[{"symbol": SYMBOL, **LIMIT_BUY}]),
    "cancel_spot_order": lambda ctx: _body(symbol=SYMBOL, order_id=str(_resting(ctx).order_id)),
    "cancel_spot_order_v1": lambda ctx: _body(symbol=SYMBOL, order_id=_resting(ctx).order_id),
    "cancel_spot_orders": lambda ctx: _body(symbol=SYMBOL, orderIds=[str(_resting(ctx).order_id)]),
    "get_spot_order": lambda ctx: _body(orderId=str(_resting(ctx).order_id), queryState="open"),
    "get_spot_order_by_client_order_id": lambda ctx: _body(
        clientOrderId=_resting(ctx, client_id := _client_id()).client_order_id or client_id
    ),
    "get_spot_order_trades": lambda ctx: _body(orderId=str(_filled(ctx).order_id)),
    "submit_spot_algo_order": lambda ctx: _body(
        symbol=SYMBOL,
        side="buy",
        type="trigger",
        trigger_price="40000",
        trigger_type="limit",
        price="40000",
        size="0.001",
        client_order_id=_client_id(),
    ),
    "cancel_spot_algo_order": lambda ctx: _body(
        symbol=SYMBOL, type="trigger", order_id=str(_algo(ctx).order_id)
    ),
    "get_spot_algo_order": lambda ctx: _body(orderId=str(_algo(ctx).order_id)),
    "get_spot_algo_order_by_client_order_id": lambda ctx: _body(
        clientOrderId=_algo(ctx, client_id := _client_id()).client_order_id or client_id
    ),
}
