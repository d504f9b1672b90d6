"""Spot trading: orders (v4 and the retired v1/v2 forms) and algo orders, on the spot engine."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from ..errors import MockError
from ..exchange._common import fmt
from ..exchange.spot_algo import AlgoOrder, SpotAlgoEngine
from ..exchange.spot_book import FINISHED_STATES, OPEN_STATES, OrderTerms, SpotFill, SpotOrder, SpotOrderState
from . import Call, handler
from ._amounts import CURRENCY_PLACES, amount
from ._windows import DAY_MS, Window, WindowRule, window

_LISTS = WindowRule(
    "startTime",
    "endTime",
    reversed="spot_end_before_start",
    too_long="spot_query_range_exceeded",
    default_span_ms=90 * DAY_MS,
    max_span_ms=90 * DAY_MS,
    defaults_checked=False,
    too_long_message="Out of query time range: at most 90 days between startTime and endTime",
)
"""Order and trade lists reach back at most 90 days."""
_Row = TypeVar("_Row")
_View = TypeVar("_View")


def _amount(params: dict[str, Any], name: str) -> Decimal | None:
    places = CURRENCY_PLACES if name == "notional" else None  # sizes and prices: the pair's own steps
    return amount(params, name, invalid="spot_invalid", places=places)


def order_terms(params: dict[str, Any]) -> OrderTerms:
    """The terms of an order request: ``side``, ``type`` and its amounts (``spot_invalid`` if malformed)."""
    side, order_type = params["side"], params["type"]
    size, price, notional = _amount(params, "size"), _amount(params, "price"), _amount(params, "notional")
    return OrderTerms(side, order_type, size, price, notional)


def _place(call: Call, params: dict[str, Any], symbol: str, client_order_id: str) -> SpotOrder:
    return call.exchange.spot.place(
        call.account,
        symbol,
        order_terms(params),
        client_order_id=client_order_id,
        stp_mode=params.get("stpMode", "none"),
        now=call.now,
    )


def _outcome(call: Call, params: dict[str, Any], symbol: str, client_order_id: str = "") -> dict[str, Any]:
    """One order of a legacy batch: its own code and message, never an exception."""
    try:
        order = _place(call, params, symbol, client_order_id)
    except MockError as error:
        return {"code": error.code, "msg": error.message}
    return {"code": 0, "msg": "success", "data": {"order_id": str(order.order_id)}}


# ---- placement --------------------------------------------------------------------------------------
@handler("submit_spot_order")
def submit(call: Call) -> dict[str, str]:
    """Place one order; a reused ``client_order_id`` is refused with ``spot_client_order_id_duplicate``."""
    body = call.body
    order = _place(call, body, body["symbol"], body.get("client_order_id", ""))
    return {"order_id": str(order.order_id)}


@handler("submit_spot_order_v1")
def submit_v1(call: Call) -> dict[str, int]:
    """The retired v1 placement: the same order, its id as a JSON number."""
    body = call.body
    return {"order_id": _place(call, body, body["symbol"], "").order_id}


@handler("submit_spot_batch_orders")
def submit_batch(call: Call) -> dict[str, Any]:
    """Place up to ten orders of one pair; all terms are checked first, so one bad order places none."""
    body = call.body
    orders = body["orderParams"]
    ids = [params.get("clientOrderId") for params in orders if params.get("clientOrderId")]
    if len(ids) != len(set(ids)):
        raise MockError("spot_client_order_id_duplicate", "Duplicate clientOrderId in the batch")
    for params in orders:
        call.exchange.spot.check(body["symbol"], order_terms(params))
    placed = [_place(call, params, body["symbol"], params.get("clientOrderId", "")) for params in orders]
    return {"code": 0, "msg": "success", "data": {"orderIds": [str(order.order_id) for order in placed]}}


@handler("submit_spot_batch_orders_v2")
def submit_batch_v2(call: Call) -> dict[str, Any]:
    """The retired v2 batch: each order succeeds or fails on its own."""
    responses = [
        _outcome(call, params, params["symbol"], params.get("client_order_id", ""))
        for params in call.body["order_params"]
    ]
    return {"responses": responses}


@handler("submit_spot_batch_orders_v1")
def submit_batch_v1(call: Call) -> dict[str, Any]:
    """The retired v1 batch: each order succeeds or fails on its own."""
    return {"responses": [_outcome(call, params, params["symbol"]) for params in call.body["orderParams"]]}


# ---- cancellation -----------------------------------------------------------------------------------
def _checked_symbol(call: Call, order: SpotOrder, symbol: str) -> None:
    call.exchange.spot.pair(symbol)
    if order.pair.symbol != symbol.upper():
        raise MockError(
            "spot_parameters_mismatch",
            f"The parameters do not match: order {order.order_id} is not on {symbol}",
        )


@handler("cancel_spot_order")
def cancel(call: Call) -> dict[str, bool]:
    """Cancel one open order by ``order_id`` or ``client_order_id`` (``spot_order_id_required``)."""
    body, spot = call.body, call.exchange.spot
    if body.get("order_id"):
        order = spot.order(call.account, body["order_id"])
    elif body.get("client_order_id"):
        order = spot.order_by_client_id(call.account, body["client_order_id"])
    else:
        raise MockError("spot_order_id_required")
    _checked_symbol(call, order, body["symbol"])
    spot.cancel(order, now=call.now)
    return {"result": True}


@handler("cancel_spot_order_v1")
def cancel_v1(call: Call) -> dict[str, bool]:
    """The retired v1 cancellation, by numeric order id."""
    order = call.exchange.spot.order(call.account, call.body["order_id"])
    _checked_symbol(call, order, call.body["symbol"])
    call.exchange.spot.cancel(order, now=call.now)
    return {"result": True}


@handler("cancel_spot_orders")
def cancel_several(call: Call) -> dict[str, Any]:
    """Cancel up to ten orders of one pair by ids or client ids; report which ones failed."""
    body, spot = call.body, call.exchange.spot
    spot.pair(body["symbol"])
    order_ids, client_ids = body.get("orderIds") or [], body.get("clientOrderIds") or []
    if not order_ids and not client_ids:
        raise MockError("spot_missing_parameters", "Missing parameters: orderIds or clientOrderIds")
    success, failed = [], []
    for given, find in [(i, spot.order) for i in order_ids] + [
        (c, spot.order_by_client_id) for c in client_ids
    ]:
        try:
            order = find(call.account, given)
            _checked_symbol(call, order, body["symbol"])
            spot.cancel(order, now=call.now)
        except MockError:
            failed.append(str(given))
        else:
            success.append(str(given))
    return {
        "successIds": success,
        "failIds": failed,
        "totalCount": len(success) + len(failed),
        "successCount": len(success),
        "failedCount": len(failed),
    }


def _cancel_open(call: Call, symbol: str | None, side: str | None) -> None:
    spot = call.exchange.spot
    if symbol is not None:
        spot.pair(symbol)
    for order in spot.account_orders(call.account):
        same_pair = symbol is None or order.pair.symbol == symbol.upper()
        if order.is_open and same_pair and side in (None, order.side):
            spot.cancel(order, now=call.now)


@handler("cancel_all_spot_orders", "cancel_spot_orders_v1")
def cancel_all(call: Call) -> dict[str, Any]:
    """Cancel every open order, optionally of one pair and one side."""
    _cancel_open(call, call.body.get("symbol"), call.body.get("side"))
    return {}


# ---- queries ---------------------------------------------------------------------------------------
def _order_fields(order: SpotOrder) -> dict[str, Any]:
    """What the views of an order and of its fills both show of the order, in this order."""
    return {
        "orderId": str(order.order_id),
        "clientOrderId": order.client_order_id,
        "symbol": order.pair.symbol,
        "side": order.side,
        "orderMode": order.order_mode,
        "type": order.type,
    }


def order_view(order: SpotOrder) -> dict[str, Any]:
    """An order as the v4 queries report it."""
    return {
        **_order_fields(order),
        "state": order.state,
        "cancelSource": order.cancel_source,
        "stpMode": order.stp_mode,
        "price": "" if order.price is None else fmt(order.price),
        "priceAvg": fmt(order.average_price.quantize(Decimal(1).scaleb(-order.pair.price_places))),
        "size": fmt(order.size),
        "filledSize": fmt(order.filled_size),
        "notional": fmt(order.notional),
        "filledNotional": fmt(order.filled_notional),
        "createTime": order.create_time,
        "updateTime": order.update_time,
    }


def fill_view(fill: SpotFill) -> dict[str, Any]:
    """A fill as the trade queries report it."""
    order = fill.order
    return {
        "tradeId": str(fill.trade_id),
        **_order_fields(order),
        "stpMode": order.stp_mode,
        "price": fmt(fill.price),
        "size": fmt(fill.size),
        "notional": fmt(fill.notional),
        "fee": fmt(fill.fee),
        "feeCoinName": fill.fee_currency,
        "tradeRole": fill.role,
        "createTime": fill.time,
        "updateTime": fill.time,
    }


def _in_state(order: SpotOrder, query_state: str | None) -> bool:
    if query_state == "open":
        return order.state in OPEN_STATES
    if query_state == "history":
        return order.state in FINISHED_STATES
    return True


def _shown(
    call: Call, order: _Row, in_state: Callable[[_Row, str | None], bool], view: Callable[[_Row], _View]
) -> _View:
    """``view(order)`` when the order is in the ``queryState`` asked for (``spot_order_not_in_state``)."""
    if not in_state(order, call.body.get("queryState")):
        raise MockError("spot_order_not_in_state")
    return view(order)


@handler("get_spot_order")
def get_order(call: Call) -> dict[str, Any]:
    """One order by id, in any state; with ``queryState`` only in that state (``spot_order_not_in_state``)."""
    return _shown(call, call.exchange.spot.order(call.account, call.body["orderId"]), _in_state, order_view)


@handler("get_spot_order_by_client_order_id")
def get_order_by_client_id(call: Call) -> dict[str, Any]:
    """One order by client order id (``spot_order_not_found`` if the account never used it)."""
    order = call.exchange.spot.order_by_client_id(call.account, call.body["clientOrderId"])
    return _shown(call, order, _in_state, order_view)


@handler("get_spot_order_trades")
def order_trades(call: Call) -> list[dict[str, Any]]:
    """The fills of one order."""
    order = call.exchange.spot.order(call.account, call.body["orderId"])
    return [fill_view(fill) for fill in call.exchange.spot.account_fills(call.account) if fill.order is order]


# ---- algo orders ----------------------------------------------------------------------------------
def _algo(call: Call) -> SpotAlgoEngine:
    engine: SpotAlgoEngine = call.exchange.spot_algo
    engine.check_triggers(call.now)
    return engine


def algo_view(order: AlgoOrder) -> dict[str, Any]:
    """An algo order as the algo queries report it."""
    return {
        "orderId": str(order.order_id),
        "clientOrderId": order.client_order_id,
        "symbol": order.symbol,
        "side": order.side,
        "type": order.algo_type,
        "state": order.state,
        "triggerPrice": fmt(order.trigger_price),
        "triggerType": order.trigger_type,
        "price": "" if order.price is None else fmt(order.price),
        "size": "" if order.size is None else fmt(order.size),
        "notional": "" if order.notional is None else fmt(order.notional),
        "createTime": order.create_time,
        "updateTime": order.update_time,
    }


@handler("submit_spot_algo_order")
def submit_algo(call: Call) -> dict[str, str]:
    """Store a trigger order; it fires when the last price reaches ``trigger_price``."""
    body = call.body
    trigger_price = _amount(body, "trigger_price")
    if trigger_price is None or "trigger_type" not in body:
        raise MockError("spot_bad_request", "Bad Request: trigger_price and trigger_type are required")
    order = _algo(call).place(
        call.account,
        symbol=body["symbol"],
        side=body["side"],
        algo_type=body["type"],
        trigger_price=trigger_price,
        trigger_type=body["trigger_type"],
        price=_amount(body, "price"),
        size=_amount(body, "size"),
        notional=_amount(body, "notional"),
        client_order_id=body.get("client_order_id", ""),
        now=call.now,
    )
    return {"order_id": str(order.order_id)}


@handler("cancel_spot_algo_order")
def cancel_algo(call: Call) -> dict[str, bool]:
    """Cancel one waiting algo order."""
    engine = _algo(call)
    order = engine.order(call.account, call.body["order_id"])
    if order.symbol != call.body["symbol"].upper() or order.algo_type != call.body["type"]:
        raise MockError(
            "spot_order_not_found", f"Order Id not found: {call.body['order_id']} on {call.body['symbol']}"
        )
    engine.cancel(order, now=call.now)
    return {"result": True}


@handler("cancel_all_spot_algo_orders")
def cancel_all_algo(call: Call) -> dict[str, bool]:
    """Cancel every waiting algo order of one type, optionally of one pair."""
    engine, symbol = _algo(call), call.body.get("symbol")
    if symbol is not None:
        call.exchange.spot.pair(symbol)
    for order in engine.account_orders(call.account):
        if order.is_open and order.algo_type == call.body["type"] and symbol in (None, order.symbol):
            engine.cancel(order, now=call.now)
    return {"result": True}


def _algo_in_state(order: AlgoOrder, query_state: str | None) -> bool:
    return query_state is None or (query_state == "open") == order.is_open


@handler("get_spot_algo_order")
def get_algo(call: Call) -> dict[str, Any]:
    """One algo order by id."""
    return _shown(call, _algo(call).order(call.account, call.body["orderId"]), _algo_in_state, algo_view)


@handler("get_spot_algo_order_by_client_order_id")
def get_algo_by_client_id(call: Call) -> dict[str, Any]:
    """One algo order by client order id."""
    order = _algo(call).order_by_client_id(call.account, call.body["clientOrderId"])
    return _shown(call, order, _algo_in_state, algo_view)


# ---- lists ------------------------------------------------------------------------------------------
class _ListFilter(NamedTuple):
    """The filters every list query shares: pair, order mode, time window and how many to return."""

    symbol: str | None
    params: dict[str, Any]
    """The query's parameters (``orderMode``, when sent, keeps only rows of that mode)."""
    span: Window
    limit: int

    def select(
        self,
        rows: Iterable[_Row],
        key: Callable[[_Row], tuple[str, str, int]],
        view: Callable[[_Row], _View],
    ) -> list[_View]:
        """The views of the first ``limit`` rows whose ``key`` (symbol, order mode, time) passes."""
        kept = [row for row in rows if self._admits(*key(row))]
        return [view(row) for row in kept[: self.limit]]

    def _admits(self, symbol: str, mode: str, time: int) -> bool:
        return (
            self.symbol in (None, symbol) and self.params.get("orderMode", mode) == mode and time in self.span
        )


def _list_filter(call: Call) -> _ListFilter:
    body = call.body
    symbol = body.get("symbol")
    if symbol is not None:
        symbol = call.exchange.spot.pair(symbol).symbol
    span = window(_LISTS, body, call.now)
    return _ListFilter(symbol, body, span, int(body.get("limit", 200)))


class _Listing(NamedTuple):
    """One list query: the caller's rows (newest first), their filter key and their view."""

    rows: Callable[[Call], Iterable[Any]]
    key: Callable[[Any], tuple[str, str, int]]
    """The row's (symbol, order mode, time), for the filters."""
    view: Callable[[Any], dict[str, Any]]


def _orders_in(states: tuple[SpotOrderState, ...]) -> Callable[[Call], Iterable[SpotOrder]]:
    return lambda call: (o for o in call.exchange.spot.account_orders(call.account) if o.state in states)


def _algos(is_open: bool) -> Callable[[Call], Iterable[AlgoOrder]]:
    return lambda call: (o for o in _algo(call).account_orders(call.account) if o.is_open == is_open)


def _order_key(order: SpotOrder) -> tuple[str, str, int]:
    return order.pair.symbol, order.order_mode, order.create_time


def _algo_key(order: AlgoOrder) -> tuple[str, str, int]:
    return order.symbol, order.algo_type, order.create_time


def _fill_key(fill: SpotFill) -> tuple[str, str, int]:
    return fill.order.pair.symbol, fill.order.order_mode, fill.time


def _fills(call: Call) -> list[SpotFill]:
    return call.exchange.spot.account_fills(call.account)


_LISTINGS = {
    "get_spot_open_orders": _Listing(_orders_in(OPEN_STATES), _order_key, order_view),
    "get_spot_order_history": _Listing(_orders_in(FINISHED_STATES), _order_key, order_view),
    "get_spot_account_trades": _Listing(_fills, _fill_key, fill_view),
    "get_spot_algo_open_orders": _Listing(_algos(True), _algo_key, algo_view),
    "get_spot_algo_order_history": _Listing(_algos(False), _algo_key, algo_view),
}
"""The lists: open and finished orders, fills, waiting and finished (fired, failed, cancelled) algo orders."""


@handler(*_LISTINGS)
def lists(call: Call) -> list[dict[str, Any]]:
    """The caller's rows of one list, newest first, filtered by pair, order mode and time window."""
    listing = _LISTINGS[call.op.operation_id]
    found = _list_filter(call)  # refusals first: reading the algo orders fires their triggers
    return found.select(listing.rows(call), listing.key, listing.view)
