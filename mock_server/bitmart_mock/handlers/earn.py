"""Earn: savings products, subscriptions, redemptions, records and the automatic-savings flags."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..exchange._common import fmt
from ..exchange.earn import PRODUCTS, EarnEngine, Position, Product
from . import Call, handler
from ._amounts import CURRENCY_PLACES, required_amount
from ._windows import WindowRule, window

_PLACES = 8
_RECORDS = WindowRule(
    "startTime",
    "endTime",
    reversed="account_invalid_request",
    message="Invalid request: endTime is before startTime",
)


def _earn(call: Call) -> EarnEngine:
    engine: EarnEngine = call.exchange.earn
    return engine


def _page(call: Call, items: list[dict[str, Any]]) -> dict[str, Any]:
    page, size = int(call.query["currentPage"]), int(call.query["sizePage"])
    return {"total": len(items), "list": items[(page - 1) * size : page * size]}


def _amount(call: Call) -> Decimal:
    return required_amount(call.body, "amount", invalid="account_invalid_request", places=CURRENCY_PLACES)


def _products(call: Call, fixed: bool) -> list[Product]:
    coin = call.query.get("coinName")
    return [p for p in PRODUCTS.values() if bool(p.lock_days) == fixed and coin in (None, p.coin)]


def _positions(call: Call, engine: EarnEngine, fixed: bool) -> list[Position]:
    query = call.query
    return [
        p
        for p in engine.positions.values()
        if p.account is call.account
        and p.open
        and bool(p.product.lock_days) == fixed
        and query.get("coinName", p.product.coin) == p.product.coin
        and query.get("productId", p.product.product_id) == p.product.product_id
    ]


@handler("get_earn_account")
def account(call: Call) -> dict[str, str]:
    """What the caller holds in Earn (USDT products; other coins would need a price) and earned."""
    engine = _earn(call)
    mine = [p for p in engine.positions.values() if p.account is call.account and p.product.coin == "USDT"]
    held = sum((p.amount for p in mine if p.open), Decimal(0))
    earned = sum((p.paid + (p.accrued(call.now) if p.open else 0) for p in mine), Decimal(0))
    return {
        "coinName": "USDT",
        "totalUserSum": fmt(held, _PLACES),
        "totalProfit": fmt(earned, _PLACES),
        "previousProfit": "0",
    }


def _product_view(p: Product) -> dict[str, Any]:
    """A product as the product lists show it (fixed-term ones with their lock, flexible ones without)."""
    fixed = bool(p.lock_days)
    return {
        "productId": p.product_id,
        "coinName": p.coin,
        "productTag": p.tag,
        **({"lockDay": p.lock_days} if fixed else {}),
        "apy": fmt(p.apy),
        "minPurchaseAmount": fmt(p.minimum),
        "maxPurchaseAmount": fmt(p.maximum),
        "additionalApy": "0",
        **({} if fixed else {"hasTierRate": False}),
    }


@handler("get_earn_flexible_products")
def flexible_products(call: Call) -> dict[str, Any]:
    """The flexible products, optionally of one coin."""
    return _page(call, [_product_view(p) for p in _products(call, fixed=False)])


@handler("get_earn_fixed_products")
def fixed_products(call: Call) -> dict[str, Any]:
    """The fixed-term products, optionally of one coin."""
    return _page(call, [_product_view(p) for p in _products(call, fixed=True)])


@handler("subscribe_earn_flexible")
def subscribe_flexible(call: Call) -> dict[str, str]:
    """Put spot funds into a flexible product."""
    engine, body = _earn(call), call.body
    product = engine.product(body["productId"], fixed=False)
    earn_id = engine.subscribe(call.account, product, _amount(call), body["requestNo"])
    return {"requestNo": body["requestNo"], "earnId": earn_id}


@handler("redeem_earn_flexible")
def redeem_flexible(call: Call) -> dict[str, str]:
    """Take (part of) a flexible position back, with the interest accrued so far."""
    engine, body = _earn(call), call.body
    position = engine.position(call.account, body["earnId"], fixed=False)
    engine.redeem(position, _amount(call), body["requestNo"])
    return {"requestNo": body["requestNo"], "earnId": position.earn_id}


@handler("subscribe_earn_fixed")
def subscribe_fixed(call: Call) -> dict[str, str]:
    """Lock spot funds in a fixed-term product."""
    engine, body = _earn(call), call.body
    product = engine.product(body["productId"], fixed=True)
    earn_id = engine.subscribe(call.account, product, _amount(call), body["requestNo"], body["autoSubscribe"])
    return {"requestNo": body["requestNo"], "earnId": earn_id}


# ---- positions -------------------------------------------------------------------------------
def _position_ids(p: Position) -> dict[str, str]:
    """What the views of flexible and fixed positions both start with."""
    return {"earnId": p.earn_id, "productId": p.product.product_id, "coinName": p.product.coin}


def _flexible_position(call: Call, engine: EarnEngine, p: Position) -> dict[str, Any]:
    return {
        **_position_ids(p),
        "productTag": p.product.tag,
        "apy": fmt(p.product.apy),
        "totalProfit": fmt(p.paid + p.accrued(call.now), _PLACES),
        "autoSubscribe": engine.auto_subscribe.get((call.account.uid, p.product.product_id), False),
        "additionalApy": "0",
        "hasTierRate": False,
        # No source shows the principal of a flexible position (NOTES.md, earn), so the
        # mock does not invent a field for it: get_earn_account's totalUserSum holds it.
    }


def _fixed_position(call: Call, _engine: EarnEngine, p: Position) -> dict[str, Any]:
    return {
        **_position_ids(p),
        "amount": fmt(p.amount),
        "estimatedInterest": fmt(p.accrued(p.matures), _PLACES),
        "expiredDate": p.matures,
        "productTag": p.product.tag,
        "apy": fmt(p.product.apy),
        "lockDay": p.product.lock_days,
        "totalProfit": fmt(p.accrued(call.now), _PLACES),
        "subscribeType": p.renewal,
        "additionalApy": "0",
    }


_POSITION_VIEWS = {
    "get_earn_flexible_positions": (False, _flexible_position),
    "get_earn_fixed_positions": (True, _fixed_position),
}
"""Per position list: whether it lists fixed-term positions, and how it shows one."""


@handler(*_POSITION_VIEWS)
def positions(call: Call) -> dict[str, Any]:
    """Open flexible positions, or open fixed-term ones with the interest they will pay at maturity."""
    fixed, view = _POSITION_VIEWS[call.op.operation_id]
    engine = _earn(call)
    return _page(call, [view(call, engine, p) for p in _positions(call, engine, fixed)])


@handler("redeem_earn_fixed_early")
def redeem_fixed_early(call: Call) -> dict[str, str]:
    """End a fixed position before maturity: the principal comes back, the interest is lost."""
    engine, body = _earn(call), call.body
    position = engine.position(call.account, body["earnId"], fixed=True)
    engine.redeem(position, position.amount, body["requestNo"], forfeit=True)
    return {"requestNo": body["requestNo"], "earnId": position.earn_id}


def _records(call: Call, fixed: bool) -> dict[str, Any]:
    query = call.query
    span = window(_RECORDS, query, call.now)
    records = [
        r
        for r in reversed(_earn(call).records)
        if r.account is call.account
        and r.kind == query["type"]
        and bool(r.product.lock_days) == fixed
        and query.get("coinName", r.product.coin) == r.product.coin
        and r.time in span
    ]
    items = [
        {
            "type": r.kind,
            "recordId": r.record_id,
            "productId": r.product.product_id,
            "coinName": r.product.coin,
            "amount": fmt(r.amount),
            "productTag": r.product.tag,
            "time": r.time,
            "requestNo": r.request_no,
            "status": "SUCCESS",
            **({"lockDay": r.product.lock_days} if fixed else {}),
        }
        for r in records
    ]
    return _page(call, items)


@handler("get_earn_flexible_records")
def flexible_records(call: Call) -> dict[str, Any]:
    """Subscriptions, redemptions or interest payments of flexible products, newest first."""
    return _records(call, fixed=False)


@handler("get_earn_fixed_records")
def fixed_records(call: Call) -> dict[str, Any]:
    """Subscriptions, redemptions or interest payments of fixed products, newest first."""
    return _records(call, fixed=True)


@handler("set_earn_fixed_auto_renewal")
def fixed_auto_renewal(call: Call) -> dict[str, str]:
    """What happens to a fixed position at maturity (kept for display; the mock pays it out)."""
    position = _earn(call).position(call.account, call.body["earnId"], fixed=True)
    position.renewal = call.body["autoSubscribe"]
    return {"earnId": position.earn_id, "autoSubscribe": position.renewal}


@handler("set_earn_auto_savings")
def set_auto_savings(call: Call) -> dict[str, str]:
    """Switch automatic savings of idle spot funds on or off (stored only)."""
    _earn(call).auto_savings[call.account.uid] = call.body["autoSubscribe"] == "open"
    return {"autoSubscribe": call.body["autoSubscribe"]}


@handler("get_earn_auto_savings_status")
def auto_savings_status(call: Call) -> dict[str, str]:
    """Whether automatic savings is on."""
    return {"batchSubscribeStatus": "ON" if _earn(call).auto_savings.get(call.account.uid) else "OFF"}


@handler("set_earn_flexible_auto_subscribe")
def set_auto_subscribe(call: Call) -> dict[str, str]:
    """Switch automatic re-subscription of one flexible product on or off (stored only)."""
    engine = _earn(call)
    product = engine.product(call.body["productId"], fixed=False)
    engine.auto_subscribe[(call.account.uid, product.product_id)] = call.body["autoSubscribe"] == "open"
    return {"productId": product.product_id, "autoSubscribe": call.body["autoSubscribe"]}


@handler("get_earn_flexible_auto_subscribe_status")
def auto_subscribe_status(call: Call) -> dict[str, str]:
    """Whether one flexible product re-subscribes automatically."""
    engine = _earn(call)
    product = engine.product(call.query["productId"], fixed=False)
    return {
        "subscribeStatus": "ON"
        if engine.auto_subscribe.get((call.account.uid, product.product_id))
        else "OFF"
    }
