"""Futures V2 on the futures engine: transfers, orders, fills, positions, leverage, mode, assets."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..errors import MockError
from ..exchange._common import decimal, fmt
from ..exchange.futures import LONG, FuturesEngine, FuturesFill, FuturesOrder, Position
from ..exchange.futures_contracts import contract
from . import Call, handler

_WEEK_S = 7 * 86_400
_MAX_SPAN_S = 90 * 86_400
_PLACES = 8


def _engine(call: Call) -> FuturesEngine:
    engine: FuturesEngine = call.exchange.futures
    return engine


def _money(value: Decimal) -> str:
    return fmt(value, _PLACES)


# ---- transfers ------------------------------------------------------------------------------------
@handler("transfer_spot_futures")
def transfer(call: Call) -> dict[str, str]:
    """Move USDT between the spot and the futures wallet."""
    body = call.body
    amount = decimal(body["amount"], field="amount", code=40005)
    record = _engine(call).transfer(call.account, body["currency"], amount, body["type"], call.now)
    return {"currency": record.currency, "amount": fmt(record.amount)}


@handler("get_spot_futures_transfers")
def transfers(call: Call) -> dict[str, Any]:
    """The caller's spot <-> futures transfers, newest first, a page at a time."""
    body = call.body
    start, end = body.get("time_start"), body.get("time_end")
    if start is not None and end is not None and end < start:
        raise MockError(40039, "The timestamp is invalid: time_end is before time_start")
    records = [
        t
        for t in reversed(_engine(call).transfers)
        if t.account is call.account
        and body.get("currency", t.currency) == t.currency
        and (start is None or t.time >= start)
        and (end is None or t.time <= end)
    ]
    page, limit = int(body["page"]), int(body["limit"])
    chosen = records[(page - 1) * limit : page * limit]
    return {
        "records": [
            {
                "transfer_id": t.transfer_id,
                "currency": t.currency,
                "amount": fmt(t.amount),
                "type": t.direction,
                "state": "FINISHED",
                "timestamp": t.time,
            }
            for t in chosen
        ]
    }


# ---- orders ---------------------------------------------------------------------------------------
def order_view(order: FuturesOrder) -> dict[str, Any]:
    """An order as the futures queries report it."""
    return {
        "order_id": str(order.order_id),
        "client_order_id": order.client_order_id,
        "symbol": order.contract.symbol,
        "side": order.side,
        "type": order.type,
        "account": "futures",
        "position_mode": order.position_mode,
        "leverage": fmt(order.leverage),
        "open_type": order.open_type,
        "size": str(order.size),
        "price": fmt(order.price),
        "deal_avg_price": fmt(order.deal_avg_price),
        "deal_size": str(order.deal_size),
        "state": order.state,
        "create_time": order.create_time,
        "update_time": order.update_time,
    }


@handler("submit_futures_order")
def submit(call: Call) -> dict[str, Any]:
    """Place an order: market orders fill at once, limit orders when they cross the book."""
    body = call.body
    price = body.get("price")
    leverage = body.get("leverage")
    order = _engine(call).place(
        call.account,
        body["symbol"],
        body["side"],
        body.get("type", "limit"),
        int(body["size"]),
        price=None if price is None else decimal(price, field="price", code=40043),
        mode=body.get("mode", 1),
        leverage=None if leverage is None else decimal(leverage, field="leverage", code=40040),
        open_type=body.get("open_type"),
        client_order_id=body.get("client_order_id", ""),
        now=call.now,
    )
    return {"order_id": order.order_id, "price": fmt(order.deal_avg_price or order.price)}


@handler("cancel_futures_order")
def cancel(call: Call) -> dict[str, Any]:
    """Cancel one working order by ``order_id`` or ``client_order_id``."""
    body, engine = call.body, _engine(call)
    contract(body["symbol"])
    if body.get("order_id"):
        order = engine.order(call.account, body["order_id"], body["symbol"])
    elif body.get("client_order_id"):
        order = engine.order_by_client_id(call.account, body["client_order_id"])
    else:
        raise MockError(40037, "The order id is not exist: give order_id or client_order_id")
    engine.cancel(order, call.now)
    return {}


@handler("get_futures_order")
def get_order(call: Call) -> dict[str, Any]:
    """One order by id, in any state."""
    contract(call.query["symbol"])
    return order_view(_engine(call).order(call.account, call.query["order_id"], call.query["symbol"]))


@handler("get_futures_open_orders")
def open_orders(call: Call) -> list[dict[str, Any]]:
    """Working orders, newest first, optionally of one symbol, type or partly filled only."""
    query = call.query
    symbol = query.get("symbol")
    if symbol is not None:
        contract(symbol)
    orders = [
        order
        for order in _engine(call).open_orders(call.account)
        if (symbol is None or order.contract.symbol == symbol.upper())
        and query.get("type", order.type) == order.type
        and (query.get("order_state", "all") == "all" or order.deal_size > 0)
    ]
    return [order_view(order) for order in orders[: query.get("limit", 100)]]


def _window_ms(call: Call) -> tuple[int, int]:
    """The ``start_time``/``end_time`` window (seconds on the wire) in milliseconds (40039 if wrong)."""
    end = call.query.get("end_time", call.now // 1000)
    start = call.query.get("start_time", end - _WEEK_S)
    if end < start or end - start > _MAX_SPAN_S:
        raise MockError(40039, "The timestamp is invalid: at most 90 days, end after start")
    return start * 1000, end * 1000 + 999


@handler("get_futures_order_history")
def order_history(call: Call) -> list[dict[str, Any]]:
    """Finished orders in the window, newest first (at most 200)."""
    query = call.query
    contract(query["symbol"])
    start, end = _window_ms(call)
    orders = [
        order
        for order in _engine(call).account_orders(call.account)
        if order.state == 4
        and order.contract.symbol == query["symbol"].upper()
        and start <= order.create_time <= end
        and str(query.get("order_id", order.order_id)) == str(order.order_id)
        and query.get("client_order_id", order.client_order_id) == order.client_order_id
    ]
    return [order_view(order) for order in orders[:200]]


def _fill_view(fill: FuturesFill) -> dict[str, Any]:
    return {
        "order_id": str(fill.order.order_id),
        "trade_id": str(fill.trade_id),
        "symbol": fill.order.contract.symbol,
        "side": fill.order.side,
        "price": fmt(fill.price),
        "vol": str(fill.volume),
        "exec_type": "Taker",
        "profit": fill.realized > 0,
        "realised_profit": _money(fill.realized),
        "paid_fees": _money(fill.fee),
        "account": "futures",
        "create_time": fill.time,
    }


@handler("get_futures_trades")
def trades(call: Call) -> list[dict[str, Any]]:
    """The caller's fills in the window, newest first."""
    query = call.query
    symbol = query.get("symbol")
    if symbol is not None:
        contract(symbol)
    start, end = _window_ms(call)
    fills = [
        fill
        for fill in reversed(_engine(call).fills)
        if fill.order.account is call.account
        and (symbol is None or fill.order.contract.symbol == symbol.upper())
        and start <= fill.time <= end
        and str(query.get("order_id", fill.order.order_id)) == str(fill.order.order_id)
        and query.get("client_order_id", fill.order.client_order_id) == fill.order.client_order_id
    ]
    return [_fill_view(fill) for fill in fills[:200]]


# ---- positions, leverage, mode, assets ------------------------------------------------------------
def _position_view(call: Call, position: Position) -> dict[str, Any]:
    engine, found = _engine(call), position.contract
    mark = call.exchange.futures_market.mark_price(found.symbol, call.now)
    value = position.entry_price * position.volume * found.contract_size
    current = mark * position.volume * found.contract_size
    closed_avg = position.closed_value / position.closed_volume if position.closed_volume else Decimal(0)
    return {
        "symbol": found.symbol,
        "leverage": fmt(position.leverage),
        "timestamp": call.now,
        "current_fee": _money(position.fees),
        "open_timestamp": position.open_time,
        "current_value": _money(current),
        "mark_value": _money(current),
        "mark_price": fmt(mark),
        "position_value": _money(value),
        "position_cross": _money(position.margin),
        "maintenance_margin": _money(value * found.maintenance_margin_rate),
        "margin_type": position.open_type,
        "position_mode": engine.position_mode(position.account),
        "close_vol": str(position.closed_volume),
        "close_avg_price": fmt(closed_avg),
        "open_avg_price": fmt(position.entry_price),
        "entry_price": fmt(position.entry_price),
        "current_amount": str(position.volume),
        "unrealized_value": _money(engine.unrealized(position, call.now)),
        "realized_value": _money(position.realized),
        "position_type": position.position_type,
        "account": "futures",
    }


@handler("get_futures_positions")
def positions(call: Call) -> list[dict[str, Any]]:
    """Open positions, optionally of one symbol."""
    symbol = call.query.get("symbol")
    if symbol is not None:
        contract(symbol)
    held = [
        p
        for p in _engine(call).open_positions(call.account)
        if symbol is None or p.contract.symbol == symbol.upper()
    ]
    return [_position_view(call, position) for position in held]


@handler("set_futures_leverage")
def set_leverage(call: Call) -> dict[str, str]:
    """Set the leverage and margin type of the next orders on a symbol."""
    body = call.body
    engine = _engine(call)
    leverage = decimal(
        body.get("leverage", engine.leverage_of(call.account, body["symbol"])[0]),
        field="leverage",
        code=40040,
    )
    found = engine.set_leverage(call.account, body["symbol"], leverage, body["open_type"])
    return {
        "symbol": found.symbol,
        "leverage": fmt(leverage),
        "open_type": body["open_type"],
        "max_value": fmt(found.max_leverage),
    }


@handler("get_futures_position_mode")
def get_position_mode(call: Call) -> dict[str, str]:
    """The account's position mode."""
    return {"position_mode": _engine(call).position_mode(call.account)}


@handler("set_futures_position_mode")
def set_position_mode(call: Call) -> dict[str, str]:
    """Switch between hedge and one-way mode."""
    engine = _engine(call)
    engine.set_position_mode(call.account, call.body["position_mode"])
    return {"position_mode": engine.position_mode(call.account)}


@handler("get_futures_assets")
def assets(call: Call) -> list[dict[str, str]]:
    """The futures wallet: available, frozen by orders, in positions, and equity with unrealised PnL."""
    engine, wallet = _engine(call), call.account.futures
    held = engine.open_positions(call.account)
    in_positions = sum((p.margin for p in held), Decimal(0))
    unrealized = sum((engine.unrealized(p, call.now) for p in held), Decimal(0))
    usdt = wallet.balance("USDT")
    equity = usdt.available + usdt.frozen + in_positions + unrealized
    return [
        {
            "currency": "USDT",
            "position_deposit": _money(in_positions),
            "frozen_balance": _money(usdt.frozen),
            "available_balance": _money(usdt.available),
            "equity": _money(max(equity, Decimal(0))),
            "unrealized": _money(unrealized),
        }
    ]


__all__ = ["LONG", "order_view"]
