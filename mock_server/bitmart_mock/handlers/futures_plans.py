"""Futures plan, TP/SL and trailing orders on the conditional-order engine."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..errors import MockError
from ..exchange._common import fmt
from ..exchange.futures_contracts import contract
from ..exchange.futures_plans import ConditionalOrder, FuturesPlans
from ..exchange.futures_types import Presets
from . import Call, handler
from ._amounts import amount, required_amount


def _plans(call: Call) -> FuturesPlans:
    """The engine (triggers were checked when the app caught the exchange up to the request)."""
    engine: FuturesPlans = call.exchange.futures_plans
    return engine


def _price(body: dict[str, Any], name: str) -> Decimal | None:
    return amount(body, name, invalid="futures_precision_invalid")


def _checked_price(call: Call, body: dict[str, Any], name: str) -> Decimal | None:
    price = _price(body, name)
    if price is not None:
        contract(body["symbol"]).check_price(price)
    return price


def _presets(body: dict[str, Any]) -> Presets:
    return Presets(
        take_profit=_price(body, "preset_take_profit_price"),
        take_profit_type=body.get("preset_take_profit_price_type", 1),
        stop_loss=_price(body, "preset_stop_loss_price"),
        stop_loss_type=body.get("preset_stop_loss_price_type", 1),
    )


def _view(order: ConditionalOrder, position_mode: str) -> dict[str, Any]:
    presets = order.presets
    view: dict[str, Any] = {
        "order_id": str(order.order_id),
        "client_order_id": order.client_order_id,
        "symbol": order.contract.symbol,
        "side": order.side,
        "type": order.kind,
        "leverage": fmt(order.leverage),
        "open_type": order.open_type,
        "size": str(order.size or 0),
        "executive_price": "0" if order.executive_price is None else fmt(order.executive_price),
        "trigger_price": fmt(order.trigger_price),
        "price_way": order.price_way,
        "price_type": order.price_type,
        "state": order.state,
        "mode": order.mode,
        "position_mode": position_mode,
        "preset_take_profit_price_type": presets.take_profit_type if presets.take_profit else 0,
        "preset_stop_loss_price_type": presets.stop_loss_type if presets.stop_loss else 0,
        "preset_take_profit_price": "" if presets.take_profit is None else fmt(presets.take_profit),
        "preset_stop_loss_price": "" if presets.stop_loss is None else fmt(presets.stop_loss),
        "create_time": order.create_time,
        "update_time": order.update_time,
    }
    if order.plan_category is not None:
        view["plan_category"] = order.plan_category
    return view


# ---- plan orders -----------------------------------------------------------------------------------
@handler("submit_futures_plan_order")
def submit_plan(call: Call) -> dict[str, int]:
    """Store a plan order; it places its limit or market order when the trigger is reached."""
    body, engine = call.body, _plans(call)
    found = contract(body["symbol"])
    found.check_volume(Decimal(body["size"]), market=body.get("type") == "market")
    leverage = required_amount(body, "leverage", invalid="futures_leverage_invalid")
    found.check_leverage(leverage)
    execution = "market" if body.get("type") == "market" else "limit"
    executive = _checked_price(call, body, "executive_price")
    if execution == "limit" and executive is None:
        raise MockError("futures_precision_invalid", "executive_price is required for a limit plan order")
    trigger = _checked_price(call, body, "trigger_price")
    order = engine.new(
        call.account,
        found.symbol,
        "plan",
        body["side"],
        call.now,
        size=int(body["size"]),
        execution=execution,
        trigger_price=trigger,
        executive_price=executive if execution == "limit" else None,
        price_way=body["price_way"],
        price_type=body["price_type"],
        leverage=leverage,
        open_type=body["open_type"],
        mode=body.get("mode", 1),
        presets=_presets(body),
    )
    return {"order_id": engine.add(order).order_id}


@handler("modify_futures_plan_order")
def modify_plan(call: Call) -> dict[str, str]:
    """Change a waiting plan order's trigger, price type and execution."""
    body, engine = call.body, _plans(call)
    order = engine.find(call.account, body["symbol"], body.get("order_id"))
    if not order.waiting or order.kind != "plan":
        raise MockError(
            "futures_order_status_invalid",
            "The order status is invalid: only a waiting plan order can be modified",
        )
    order.trigger_price = _checked_price(call, body, "trigger_price") or order.trigger_price
    order.price_type = body["price_type"]
    order.execution = body["type"]
    executive = _checked_price(call, body, "executive_price")
    if order.execution == "limit" and executive is None and order.executive_price is None:
        raise MockError("futures_precision_invalid", "executive_price is required for a limit plan order")
    order.executive_price = (executive or order.executive_price) if order.execution == "limit" else None
    order.update_time = call.now
    return {"order_id": str(order.order_id)}


@handler("modify_futures_preset_plan_order")
def modify_presets(call: Call) -> dict[str, str]:
    """Change the take profit / stop loss an order attaches when it fills or fires.

    The order is a waiting plan order, or a working opening order placed by
    ``submit_futures_order`` (BitMart's own example modifies such an order; spec/NOTES.md).
    """
    body, engine = call.body, _plans(call)
    symbol = contract(body["symbol"]).symbol
    try:
        plan = engine.find(call.account, symbol, body["order_id"])
    except MockError as missing:
        if missing.name != "futures_order_not_found":
            raise
        order = call.exchange.futures.orders.order(call.account, body["order_id"], symbol)
        if not order.working or not order.side.opens:
            raise MockError(
                "futures_order_status_invalid",
                "The order status is invalid: only a working opening order or a waiting plan order",
            ) from None
        order.presets, order.update_time = _presets(body), call.now
        return {"order_id": str(order.order_id)}
    if not plan.waiting:
        raise MockError(
            "futures_order_status_invalid",
            "The order status is invalid: it has already fired or been cancelled",
        )
    plan.presets, plan.update_time = _presets(body), call.now
    return {"order_id": str(plan.order_id)}


@handler("cancel_futures_plan_order")
def cancel_plan(call: Call) -> dict[str, Any]:
    """Cancel a waiting plan or TP/SL order."""
    body, engine = call.body, _plans(call)
    engine.cancel(
        engine.find(call.account, body["symbol"], body.get("order_id"), body.get("client_order_id")), call.now
    )
    return {}


@handler("get_futures_plan_orders")
def plan_orders(call: Call) -> list[dict[str, Any]]:
    """Waiting plan and TP/SL orders, newest first, with the query's filters."""
    query, engine = call.query, _plans(call)
    symbol = query.get("symbol")
    if symbol is not None:
        symbol = contract(symbol).symbol
    kinds = {"plan": ("plan",), "profit_loss": ("take_profit", "stop_loss")}.get(
        query.get("plan_type", ""), ("plan", "take_profit", "stop_loss")
    )
    found = [
        order
        for order in engine.waiting(call.account)
        if order.kind in kinds
        and symbol in (None, order.contract.symbol)
        and query.get("type", order.execution) == order.execution
    ]
    mode = call.exchange.futures_settings.position_mode(call.account)
    return [_view(order, mode) for order in found[: query.get("limit", 100)]]


# ---- take profit / stop loss -------------------------------------------------------------------------
@handler("submit_futures_tp_sl_order")
def submit_tp_sl(call: Call) -> dict[str, str]:
    """A take profit or stop loss on an open position (``futures_position_not_found`` without one)."""
    body, engine = call.body, _plans(call)
    found = contract(body["symbol"])
    position_type = engine.closing_direction(call.account, found.symbol, body["side"])
    size = body.get("size")
    category = body.get("plan_category", 1 if size is not None else 2)
    if category == 1:
        if size is None:
            raise MockError(
                "futures_range_invalid", "size is required for a TP/SL of a given size (plan_category 1)"
            )
        closable = call.exchange.futures.closable(call.account, found.symbol, position_type)
        if int(size) > closable:
            raise MockError(
                "futures_position_volume_not_enough",
                f"Your position volume is not enough: {closable} contracts can be closed",
            )
    client_order_id = body.get("client_order_id", "")
    if client_order_id and any(
        o.account is call.account and o.client_order_id == client_order_id for o in engine.orders.values()
    ):
        raise MockError("futures_client_order_id_duplicate", f"Duplicate client_order_id {client_order_id}")
    # A long's take profit fires on the way up, its stop loss on the way down; a short's the other way.
    rises = (body["type"] == "take_profit") == (position_type == 1)
    order = engine.new(
        call.account,
        found.symbol,
        body["type"],
        body["side"],
        call.now,
        client_order_id=client_order_id,
        size=None if category == 2 or size is None else int(size),
        execution=body.get("category", "market"),
        trigger_price=_checked_price(call, body, "trigger_price"),
        executive_price=_checked_price(call, body, "executive_price"),
        price_way=1 if rises else 2,
        price_type=body["price_type"],
        plan_category=category,
    )
    engine.add(order)
    return {"order_id": str(order.order_id), "client_order_id": client_order_id}


@handler("modify_futures_tp_sl_order")
def modify_tp_sl(call: Call) -> dict[str, str]:
    """Change a waiting TP/SL's trigger, execution price and price type."""
    body, engine = call.body, _plans(call)
    order = engine.find(call.account, body["symbol"], body.get("order_id"), body.get("client_order_id"))
    if not order.waiting or order.kind not in ("take_profit", "stop_loss"):
        raise MockError(
            "futures_order_status_invalid",
            "The order status is invalid: only a waiting TP/SL can be modified",
        )
    order.trigger_price = _checked_price(call, body, "trigger_price") or order.trigger_price
    order.executive_price = _checked_price(call, body, "executive_price") or order.executive_price
    order.price_type = body["price_type"]
    order.execution = body.get("category", order.execution)
    order.plan_category = body.get("plan_category", order.plan_category)
    order.update_time = call.now
    return {"order_id": str(order.order_id)}


# ---- trailing stops ----------------------------------------------------------------------------------
@handler("submit_futures_trail_order")
def submit_trail(call: Call) -> dict[str, int]:
    """A trailing stop: activates at ``activation_price``, fires after a ``callback_rate`` % give-back."""
    body, engine = call.body, _plans(call)
    found = contract(body["symbol"])
    found.check_volume(Decimal(body["size"]), market=True)
    leverage = required_amount(body, "leverage", invalid="futures_leverage_invalid")
    found.check_leverage(leverage)
    rate = required_amount(body, "callback_rate", invalid="futures_range_invalid")
    if not Decimal("0.1") <= rate <= Decimal(5):
        raise MockError("futures_range_invalid", "callback_rate must be between 0.1 and 5 (percent)")
    order = engine.new(
        call.account,
        found.symbol,
        "trailing",
        body["side"],
        call.now,
        size=int(body["size"]),
        trigger_price=_checked_price(call, body, "activation_price"),
        price_type=body["activation_price_type"],
        leverage=leverage,
        open_type=body["open_type"],
        callback_rate=rate,
    )
    return {"order_id": engine.add(order).order_id}


@handler("cancel_futures_trail_order")
def cancel_trail(call: Call) -> dict[str, Any]:
    """Cancel a waiting trailing stop."""
    body, engine = call.body, _plans(call)
    order = engine.find(call.account, body["symbol"], body.get("order_id"))
    if order.kind != "trailing":
        raise MockError(
            "futures_order_not_found",
            f"The order is not exist: {body.get('order_id')} is not a trailing order",
        )
    engine.cancel(order, call.now)
    return {}
