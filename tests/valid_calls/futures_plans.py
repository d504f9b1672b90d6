"""Valid calls of the futures conditional orders: complete order terms, an open position for
TP/SL, and waiting orders to modify or cancel (placed directly in the engine)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bitmart_mock.exchange.futures_plans import ConditionalOrder

from valid_calls import Context, Prepare

SYMBOL = "BTCUSDT"
PLAN = {
    "symbol": SYMBOL,
    "side": 1,
    "leverage": "10",
    "open_type": "cross",
    "size": 1,
    "type": "limit",
    "trigger_price": "70000",
    "executive_price": "70000",
    "price_way": 1,
    "price_type": 1,
}


def _waiting(ctx: Context, kind: str = "plan") -> ConditionalOrder:
    with ctx.app.lock:
        exchange = ctx.app.exchange
        plans = exchange.futures_plans
        order = plans.new(
            exchange.account("main"),
            SYMBOL,
            kind,
            1,
            exchange.now(),
            size=1,
            trigger_price=Decimal(70000),
            callback_rate=Decimal(1),
        )
        return plans.add(order)


def _long(ctx: Context) -> None:
    with ctx.app.lock:
        exchange = ctx.app.exchange
        exchange.futures.place(exchange.account("main"), SYMBOL, 1, "market", 2, now=exchange.now())


def _tp_sl(ctx: Context) -> dict[str, Any]:
    _long(ctx)
    return {
        "body": {
            "symbol": SYMBOL,
            "type": "take_profit",
            "side": 3,
            "size": 1,
            "trigger_price": "80000",
            "executive_price": "80000",
            "price_type": 1,
            "plan_category": 1,
            "category": "market",
        }
    }


def _modify_tp_sl(ctx: Context) -> dict[str, Any]:
    order = _waiting(ctx, "take_profit")
    return {
        "body": {"symbol": SYMBOL, "order_id": str(order.order_id), "trigger_price": "81000", "price_type": 1}
    }


VALID_CALLS: dict[str, Prepare] = {
    "submit_futures_plan_order": lambda ctx: {"body": dict(PLAN)},
    "modify_futures_plan_order": lambda ctx: {
        "body": {
            "symbol": SYMBOL,
            "order_id": str(_waiting(ctx).order_id),
            "trigger_price": "71000",
            "price_type": 2,
            "type": "market",
        }
    },
    "modify_futures_preset_plan_order": lambda ctx: {
        "body": {
            "symbol": SYMBOL,
            "order_id": str(_waiting(ctx).order_id),
            "preset_take_profit_price": "90000",
        }
    },
    "cancel_futures_plan_order": lambda ctx: {
        "body": {"symbol": SYMBOL, "order_id": str(_waiting(ctx).order_id)}
    },
    "submit_futures_tp_sl_order": _tp_sl,
    "modify_futures_tp_sl_order": _modify_tp_sl,
    "submit_futures_trail_order": lambda ctx: {
        "body": {
            "symbol": SYMBOL,
            "side": 4,
            "leverage": "10",
            "open_type": "cross",
            "size": 1,
            "activation_price": "70000",
            "callback_rate": "1",
            "activation_price_type": 1,
        }
    },
    "cancel_futures_trail_order": lambda ctx: {
        "body": {"symbol": SYMBOL, "order_id": str(_waiting(ctx, "trailing").order_id)}
    },
}
