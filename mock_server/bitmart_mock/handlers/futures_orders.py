"""Futures V2 orders, positions and account queries on the futures engine.

Trading (submit, modify, cancel, cancel-all, cancel-all-after, position mode, leverage,
close-all, the demo claim) and the private queries (orders, fills, fund flows, assets,
positions, position risk, fee rates, position mode). Before every request the app lets the
engine catch up with the market (``sweep``, via ``Exchange.catch_up``), so resting orders the
price reached are filled before the answer is built. The copy-trading account
(``account=copy_trading``) is modelled as empty.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from typing import Any

from ..errors import MockError
from ..exchange._common import fmt
from ..exchange.accounts import ZERO
from ..exchange.futures import FuturesTrading
from ..exchange.futures_contracts import Contract, contract
from ..exchange.futures_types import (
    FLOW_NAMES,
    SETTLEMENT,
    Flow,
    FuturesFill,
    FuturesOrder,
    Position,
    PositionMode,
    PositionType,
    Presets,
    Side,
)
from . import Call, handler
from ._amounts import amount, required_amount
from ._windows import DAY_MS, Window, WindowRule, window

_ORDER_LISTS = WindowRule(
    "start_time",
    "end_time",
    reversed="futures_timestamp_invalid",
    seconds=True,
    default_span_ms=7 * DAY_MS,
    max_span_ms=90 * DAY_MS,
    message="The timestamp is invalid: end_time after start_time, at most 90 days apart",
)
_FLOWS = WindowRule(
    "start_time",
    "end_time",
    reversed="futures_timestamp_invalid",
    default_span_ms=7 * DAY_MS,
    message="The timestamp is invalid: end_time is before start_time",
)
_MAX_ROWS = 200
_PLACES = 8
_OTHER_MARGIN_CURRENCIES = ("BTC", "ETH")


def _engine(call: Call) -> FuturesTrading:
    """The futures trading part (brought up to the request's time by ``Exchange.catch_up``)."""
    engine: FuturesTrading = call.exchange.futures
    return engine


def _num(value: Decimal, places: int = _PLACES) -> str:
    """A decimal cut to ``places`` decimals without trailing zeros, as BitMart writes amounts."""
    text = fmt(value, places)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _positive(value: Decimal) -> str:
    """``_num`` of a value the schema types as non-negative."""
    return _num(max(value, ZERO))


def _copy_trading(call: Call) -> bool:
    return bool(call.query.get("account") == "copy_trading")


def _symbol(call: Call) -> Contract | None:
    """The ``symbol`` filter of a query, checked (``futures_symbol_not_found``), or None."""
    symbol = call.params.get("symbol")
    return None if symbol is None else contract(symbol)


# ---- trading ------------------------------------------------------------------------------------
def _presets(body: dict[str, Any]) -> Presets:
    def price(name: str) -> Decimal | None:
        return amount(body, name, invalid="futures_precision_invalid")

    return Presets(
        price("preset_take_profit_price"),
        body.get("preset_take_profit_price_type", 1),
        price("preset_stop_loss_price"),
        body.get("preset_stop_loss_price_type", 1),
    )


@handler("submit_futures_order")
def submit(call: Call) -> dict[str, Any]:
    """Place an order; the answer echoes the limit price or says ``market price``."""
    body = call.body
    market = body.get("type", "limit") == "market"
    price = (
        None
        if market or body.get("price") is None
        else required_amount(body, "price", invalid="futures_precision_invalid")
    )
    leverage = body.get("leverage")
    order = _engine(call).place(
        call.account,
        body["symbol"],
        body["side"],
        "market" if market else "limit",
        int(body["size"]),
        price=price,
        mode=body.get("mode", 1),
        leverage=None
        if leverage is None
        else required_amount(body, "leverage", invalid="futures_leverage_invalid"),
        open_type=body.get("open_type"),
        client_order_id=body.get("client_order_id", ""),
        presets=_presets(body) if Side(body["side"]).opens else None,
        now=call.now,
    )
    return {"order_id": order.order_id, "price": "market price" if market else body["price"]}


def _find(call: Call, engine: FuturesTrading, symbol: str) -> FuturesOrder | None:
    """The order named by ``order_id`` or ``client_order_id`` (empty ids count as absent)."""
    body = call.body
    if body.get("order_id") not in (None, ""):
        return engine.orders.order(call.account, body["order_id"], symbol)
    if body.get("client_order_id"):
        return engine.orders.order_by_client_id(call.account, body["client_order_id"], symbol)
    return None


@handler("modify_futures_limit_order")
def modify(call: Call) -> dict[str, Any]:
    """Change the price and/or size of an open limit order."""
    body, engine = call.body, _engine(call)
    found = contract(body["symbol"])
    order = _find(call, engine, found.symbol)
    if order is None:
        raise MockError(
            "futures_order_id_not_found", "The order id is not exist: send order_id or client_order_id"
        )
    if body.get("price") is None and body.get("size") is None:
        raise MockError("futures_invalid_request", "Invalid request: send price, size or both")
    price = body.get("price")
    engine.modify(
        order,
        price=None if price is None else required_amount(body, "price", invalid="futures_precision_invalid"),
        size=body.get("size"),
        now=call.now,
    )
    return {"order_id": order.order_id, "client_order_id": order.client_order_id}


@handler("cancel_futures_order")
def cancel(call: Call) -> dict[str, Any]:
    """Cancel one order, or every open order of the contract when no id is sent."""
    engine = _engine(call)
    found = contract(call.body["symbol"])
    order = _find(call, engine, found.symbol)
    if order is None:
        call.exchange.futures_cancels.cancel_all(call.account, found.symbol, call.now)
    else:
        call.exchange.futures_cancels.cancel(order, call.now)
    return {}


@handler("cancel_all_futures_orders")
def cancel_all(call: Call) -> dict[str, Any]:
    """Cancel every open order of one contract."""
    call.exchange.futures_cancels.cancel_all(call.account, call.body["symbol"], call.now)
    return {}


@handler("set_futures_cancel_all_after")
def cancel_after(call: Call) -> dict[str, Any]:
    """Arm, renew or (timeout 0) disarm the contract's cancel-all countdown."""
    body = call.body
    deadline = call.exchange.futures_cancels.set_cancel_all_after(
        call.account, body["symbol"], body["timeout"], call.now
    )
    set_time = call.now // 1000
    return {"result": True, "set_time": set_time, "cancel_time": deadline // 1000 if deadline else set_time}


@handler("set_futures_position_mode")
def set_position_mode(call: Call) -> dict[str, str]:
    """Switch between hedge and one-way mode (refused while positions or orders are open)."""
    settings = call.exchange.futures_settings
    settings.set_position_mode(call.account, call.body["position_mode"])
    return {"position_mode": settings.position_mode(call.account)}


@handler("set_futures_leverage")
def set_leverage(call: Call) -> dict[str, str]:
    """Set the leverage and margin type of a contract."""
    body, settings = call.body, call.exchange.futures_settings
    current = settings.leverage_of(call.account, body["symbol"])[0]
    given = amount(body, "leverage", invalid="futures_leverage_invalid")
    leverage = current if given is None else given
    found = settings.set_leverage(call.account, body["symbol"], leverage, body["open_type"])
    return {
        "symbol": found.symbol,
        "leverage": _num(leverage),
        "open_type": body["open_type"],
        "max_value": _num(found.max_leverage),
    }


@handler("close_all_futures_positions")
def close_all(call: Call) -> dict[str, Any]:
    """Close the USDT-margined positions chosen by symbol and side at the market."""
    body = call.body
    found = _symbol(call)
    if body["contractType"] != 1:
        raise MockError(
            "futures_position_not_found",
            "The position is not exsit: the account holds no coin-margined positions",
        )
    side = {"long": PositionType.LONG, "short": PositionType.SHORT}.get(body.get("position_side", ""))
    _engine(call).close_all(
        call.account, call.now, symbol=found.symbol if found else None, position_type=side
    )
    return {}


@handler("claim_futures_demo_funds")
def claim(call: Call) -> dict[str, str]:
    """Credit simulated USDT to the futures wallet (the demo host's claim)."""
    claimed = call.exchange.futures_flows.claim_demo_funds(call.account, call.now)
    return {"currency": SETTLEMENT, "amount": _num(claimed)}


# ---- orders and fills ---------------------------------------------------------------------------
def order_view(order: FuturesOrder) -> dict[str, Any]:
    """An order as the futures order queries report it."""
    presets = order.presets
    view: dict[str, Any] = {
        "order_id": str(order.order_id),
        "client_order_id": order.client_order_id,
        "symbol": order.symbol,
        "side": order.side,
        "type": order.display_type or order.type,
        "account": "futures",
        "position_mode": order.position_mode,
        "leverage": _num(order.leverage),
        "open_type": order.open_type,
        "size": str(order.size),
        "price": "0" if order.type == "market" else _num(order.price),
        "deal_avg_price": _num(order.deal_avg_price),
        "deal_size": str(order.deal_size),
        "state": order.state,
        "preset_take_profit_price_type": presets.take_profit_type if presets.take_profit else 0,
        "preset_stop_loss_price_type": presets.stop_loss_type if presets.stop_loss else 0,
        "preset_take_profit_price": _num(presets.take_profit) if presets.take_profit else "",
        "preset_stop_loss_price": _num(presets.stop_loss) if presets.stop_loss else "",
        "create_time": order.create_time,
        "update_time": order.update_time,
    }
    view.update(order.extras)
    return view


@handler("get_futures_open_orders")
def open_orders(call: Call) -> list[dict[str, Any]]:
    """Working orders, newest first: of one contract, one type, or only the partly filled."""
    query, found = call.query, _symbol(call)
    if _copy_trading(call):
        return []
    orders = [
        order
        for order in _engine(call).orders.open_orders(call.account)
        if (found is None or order.contract is found)
        and query.get("type", order.display_type or order.type) == (order.display_type or order.type)
        and (query.get("order_state", "all") == "all" or order.deal_size > 0)
    ]
    return [order_view(order) for order in orders[: query.get("limit", 100)]]


@handler("get_futures_order")
def get_order(call: Call) -> dict[str, Any]:
    """One order of the contract by id, in any state."""
    query = call.query
    found = contract(query["symbol"])
    engine = _engine(call)
    if _copy_trading(call):
        raise MockError(
            "futures_order_not_found", f"The order is not exist: {query['order_id']} (copy trading account)"
        )
    return order_view(engine.orders.order(call.account, query["order_id"], found.symbol))


def _same_order(call: Call, order: FuturesOrder) -> bool:
    """Whether ``order`` passes the ``order_id`` / ``client_order_id`` filters of a query."""
    query = call.query
    return (
        str(query.get("order_id", order.order_id)) == str(order.order_id)
        and query.get("client_order_id", order.client_order_id) == order.client_order_id
    )


def _listed_window(call: Call) -> Window | None:
    """The checked window of an order or fill list; ``None`` for the copy-trading account (empty)."""
    span = window(_ORDER_LISTS, call.query, call.now)
    return None if _copy_trading(call) else span


@handler("get_futures_order_history")
def order_history(call: Call) -> list[dict[str, Any]]:
    """The contract's orders placed in the window, newest first (at most 200)."""
    found = contract(call.query["symbol"])
    span = _listed_window(call)
    if span is None:
        return []
    orders = [
        order
        for order in _engine(call).orders.account_orders(call.account)
        if order.contract is found and order.create_time in span and _same_order(call, order)
    ]
    return [order_view(order) for order in orders[:_MAX_ROWS]]


def _fill_view(fill: FuturesFill) -> dict[str, Any]:
    return {
        "order_id": str(fill.order.order_id),
        "trade_id": str(fill.trade_id),
        "symbol": fill.order.symbol,
        "side": fill.order.side,
        "price": _num(fill.price),
        "vol": str(fill.volume),
        "exec_type": "Maker" if fill.maker else "Taker",
        "profit": fill.realized > 0,
        "realised_profit": _num(fill.realized),
        "paid_fees": _num(fill.fee),
        "account": "futures",
        "create_time": fill.time,
    }


@handler("get_futures_trades")
def trades(call: Call) -> list[dict[str, Any]]:
    """The caller's fills in the window, newest first (at most 200)."""
    found = _symbol(call)
    span = _listed_window(call)
    if span is None:
        return []
    fills = [
        fill
        for fill in reversed(_engine(call).fills)
        if fill.order.account is call.account
        and (found is None or fill.order.contract is found)
        and fill.time in span
        and _same_order(call, fill.order)
    ]
    return [_fill_view(fill) for fill in fills[:_MAX_ROWS]]


def _flow_view(flow: Flow) -> dict[str, Any]:
    return {
        "symbol": flow.symbol,
        "flow_type": flow.flow_type,
        "type": FLOW_NAMES[flow.flow_type],
        "amount": fmt(flow.amount, _PLACES),
        "asset": flow.currency,
        "account": "futures",
        "time": str(flow.time),
        "tran_id": str(flow.tran_id),
    }


@handler("get_futures_transaction_history")
def transaction_history(call: Call) -> list[dict[str, Any]]:
    """Fund flows of the futures wallet in the window (milliseconds), newest first."""
    query, found = call.query, _symbol(call)
    span = window(_FLOWS, query, call.now)
    if _copy_trading(call):
        return []
    kind = query.get("flow_type", 0)
    flows = [
        flow
        for flow in reversed(call.exchange.futures_flows.flows)
        if flow.account is call.account
        and (found is None or flow.symbol == found.symbol)
        and (kind == 0 or flow.flow_type == kind)
        and flow.time in span
    ]
    return [_flow_view(flow) for flow in flows[: query.get("page_size", 100)]]


@handler("get_futures_trade_fee_rate")
def fee_rate(call: Call) -> dict[str, str]:
    """The account's maker and taker rates on one contract."""
    found = contract(call.query["symbol"])
    maker, taker = call.exchange.futures_settings.fee_rates(call.account, found.symbol)
    return {"symbol": found.symbol, "taker_fee_rate": _num(taker), "maker_fee_rate": _num(maker)}


# ---- balances and positions -----------------------------------------------------------------------
@handler("get_futures_assets")
def assets(call: Call) -> list[dict[str, str]]:
    """The futures wallet: available, frozen by orders, in positions, and equity with unrealised PnL."""
    ledger, wallet = call.exchange.futures_positions, call.account.futures
    held = ledger.open_positions(call.account)
    in_positions = sum((p.margin for p in held), ZERO)
    unrealized = sum((ledger.unrealized(p, call.now) for p in held), ZERO)
    usdt = wallet.balance(SETTLEMENT)
    rows = [
        {
            "currency": SETTLEMENT,
            "position_deposit": _positive(in_positions),
            "frozen_balance": _positive(usdt.frozen),
            "available_balance": _positive(usdt.available),
            "equity": _positive(usdt.total + in_positions + unrealized),
            "unrealized": _num(unrealized),
        }
    ]
    for currency in _OTHER_MARGIN_CURRENCIES:
        balance = wallet.balance(currency)
        rows.append(
            {
                "currency": currency,
                "position_deposit": "0",
                "frozen_balance": _positive(balance.frozen),
                "available_balance": _positive(balance.available),
                "equity": _positive(balance.total),
                "unrealized": "0",
            }
        )
    return rows


def _positions(call: Call) -> list[Position]:
    found = _symbol(call)
    if _copy_trading(call):
        return []
    positions = call.exchange.futures_positions.open_positions(call.account)
    return [p for p in positions if found is None or p.contract is found]


def _max_notional(found: Contract, leverage: Decimal, mark: Decimal) -> Decimal:
    """Largest position value of the risk tier at ``leverage``.

    The contract's maximum size at the mark price, scaled down as leverage goes up.
    """
    return (found.max_volume * found.contract_size * mark * found.min_leverage / leverage).to_integral_value(
        ROUND_DOWN
    )


def _position_view(call: Call, position: Position) -> dict[str, Any]:
    ledger, found = call.exchange.futures_positions, position.contract
    settings = call.exchange.futures_settings
    mark = call.exchange.futures_market.mark_price(found.symbol, call.now)
    last = call.exchange.futures_market.last_price(found.symbol, call.now)
    value = position.value(position.entry_price)
    closed_avg = position.closed_value / position.closed_volume if position.closed_volume else ZERO
    return {
        "symbol": found.symbol,
        "leverage": _num(position.leverage),
        "timestamp": call.now,
        "current_fee": _num(position.fees),
        "open_timestamp": position.open_time,
        "current_value": _positive(position.value(last)),
        "mark_value": _positive(position.value(mark)),
        "mark_price": _num(mark),
        "position_value": _positive(value),
        "position_cross": _positive(position.margin),
        "maintenance_margin": _positive(value * found.maintenance_margin_rate),
        "margin_type": position.open_type.capitalize(),
        "position_mode": settings.position_mode(position.account),
        "close_vol": str(position.closed_volume),
        "close_avg_price": _num(closed_avg),
        "open_avg_price": _num(position.entry_price),
        "entry_price": _num(position.entry_price),
        "current_amount": str(position.volume),
        "unrealized_value": _num(ledger.unrealized(position, call.now)),
        "realized_value": _num(position.realized - position.fees),
        "position_type": position.position_type,
        "account": "futures",
    }


@handler("get_futures_positions")
def positions(call: Call) -> list[dict[str, Any]]:
    """Open positions, optionally of one contract."""
    return [_position_view(call, position) for position in _positions(call)]


def _position_v2_view(call: Call, position: Position) -> dict[str, Any]:
    view = _position_view(call, position)
    ledger = call.exchange.futures_positions
    one_way = call.exchange.futures_settings.position_mode(position.account) != PositionMode.HEDGE
    mark = Decimal(view["mark_price"])
    for name in ("margin_type", "position_mode", "position_type", "unrealized_value"):
        del view[name]
    view.update(
        {
            "position_amount": str(position.volume * (position.direction if one_way else 1)),
            "open_type": position.open_type,
            "position_side": "both"
            if one_way
            else ("long" if position.position_type == PositionType.LONG else "short"),
            "unrealized_pnl": _num(ledger.unrealized(position, call.now)),
            "liquidation_price": _positive(ledger.liquidation_price(position, call.now)),
            "max_notional_value": _num(_max_notional(position.contract, position.leverage, mark)),
            "initial_margin": _positive(position.margin),
        }
    )
    return view


def _empty_v2_rows(call: Call, found: Contract) -> list[dict[str, Any]]:
    """The zero rows of a contract asked for by ``symbol`` where nothing is held."""
    settings = call.exchange.futures_settings
    leverage, open_type = settings.leverage_of(call.account, found.symbol)
    mark = call.exchange.futures_market.mark_price(found.symbol, call.now)
    sides = ["long", "short"] if settings.position_mode(call.account) == PositionMode.HEDGE else ["both"]
    zero = {
        name: "0"
        for name in (
            "current_fee", "current_value", "mark_value", "position_value", "position_cross",
            "maintenance_margin", "close_vol", "close_avg_price", "open_avg_price", "entry_price",
            "current_amount", "position_amount", "realized_value", "unrealized_pnl",
            "liquidation_price", "initial_margin",
        )
    }  # fmt: skip
    return [
        {
            **zero,
            "symbol": found.symbol,
            "leverage": _num(leverage),
            "timestamp": call.now,
            "open_timestamp": 0,
            "mark_price": _num(mark),
            "account": "copy_trading" if _copy_trading(call) else "futures",
            "open_type": open_type,
            "position_side": side,
            "max_notional_value": _num(_max_notional(found, leverage, mark)),
        }
        for side in sides
    ]


@handler("get_futures_positions_v2")
def positions_v2(call: Call) -> list[dict[str, Any]]:
    """Positions with liquidation price and initial margin.

    With ``symbol`` the contract's rows are always there (zero when nothing is held).
    """
    found = _symbol(call)
    held = _positions(call)
    rows = [_position_v2_view(call, position) for position in held]
    if found is not None:
        sides = {row["position_side"] for row in rows}
        rows += [row for row in _empty_v2_rows(call, found) if row["position_side"] not in sides]
    return rows


@handler("get_futures_position_risk")
def position_risk(call: Call) -> list[dict[str, Any]]:
    """Liquidation-relevant figures of each open position."""
    ledger = call.exchange.futures_positions
    rows = []
    for position in _positions(call):
        found = position.contract
        mark = call.exchange.futures_market.mark_price(found.symbol, call.now)
        amount = position.volume * position.direction
        rows.append(
            {
                "symbol": found.symbol,
                "position_amt": str(amount),
                "mark_price": _num(mark),
                "unrealized_profit": _num(ledger.unrealized(position, call.now)),
                "liquidation_price": _positive(ledger.liquidation_price(position, call.now)),
                "leverage": _num(position.leverage),
                "max_notional_value": _num(_max_notional(found, position.leverage, mark)),
                "margin_type": position.open_type.capitalize(),
                "isolated_margin": _positive(position.margin if position.open_type == "isolated" else ZERO),
                "position_side": "Long" if position.position_type == PositionType.LONG else "Short",
                "notional": _num(amount * found.contract_size * mark),
                "update_time": position.update_time,
                "account": "futures",
            }
        )
    return rows


@handler("get_futures_position_mode")
def get_position_mode(call: Call) -> dict[str, str]:
    """The account's position mode."""
    return {"position_mode": call.exchange.futures_settings.position_mode(call.account)}


__all__ = ["order_view"]
