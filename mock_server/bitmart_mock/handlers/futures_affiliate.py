"""Futures affiliate reports for the caller as an affiliate, from its invitees' real fills.

These endpoints answer BitMart's agent envelope (string code "1000"); the app builds it from
the spec. Amounts are JSON numbers where the spec says so, decimal strings elsewhere.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..exchange._common import EIGHT_PLACES, fmt
from ..exchange.affiliate import CASHBACK_RATE, REBATE_RATE, AffiliateData, Invitation
from . import Call, handler
from ._windows import DAY_MS, Window, WindowRule, window

_SPAN = WindowRule(
    "start_time",
    "end_time",
    reversed="futures_timestamp_invalid",
    seconds=True,
    max_span_ms=60 * DAY_MS,
    end_after_start=True,
    message="The timestamp is invalid: end_time after start_time, at most 60 days apart",
)
"""The window of the per-user reports: seconds, at most 60 days."""
_REBATE_TIMES = WindowRule("rebate_start_time", "rebate_end_time", reversed=None, seconds=True)
_REGISTER_TIMES = WindowRule("register_start_time", "register_end_time", reversed=None, seconds=True)
_TRADE_TIMES = WindowRule("start_time", "end_time", reversed=None, seconds=True)


def _data(call: Call) -> AffiliateData:
    data: AffiliateData = call.exchange.affiliate
    return data


def _number(value: Decimal) -> float:
    """A JSON number, as these endpoints send (rounded to 8 places first)."""
    return float(value.quantize(EIGHT_PLACES))


def _page(items: list[Any], page: int, size: int) -> list[Any]:
    return items[(page - 1) * size : page * size]


def _listing(query: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The asked-for page of ``rows``, with their count and the paging the query sent."""
    return {
        "total": len(rows),
        "page": query["page"],
        "size": query["size"],
        "list": _page(rows, query["page"], query["size"]),
    }


def _invitees(call: Call, uid_field: str, registered: Window) -> list[Invitation]:
    """The caller's invitations of users registered in ``registered`` (only ``uid_field``'s, if sent)."""
    query = call.query
    return [
        invitation
        for invitation in _data(call).invited(call.account)
        if query.get(uid_field, invitation.invitee.uid) == invitation.invitee.uid
        and invitation.registered in registered
    ]


@handler("get_futures_affiliate_rebates")
def rebates(call: Call) -> dict[str, Any]:
    """Rebates per invitee in the rebate-time window (whole history without one)."""
    query, data = call.query, _data(call)
    rebated = window(_REBATE_TIMES, query, call.now)
    registered = window(_REGISTER_TIMES, query, call.now)
    rows = [
        {
            "rebate_coin": query["currency"],
            "trade_user_id": invitation.invitee.uid,
            "total_rebate_amount": data.figures(invitation.invitee, rebated.start, rebated.end).rebate,
            "user_type": 1,
        }
        for invitation in _invitees(call, "user_id", registered)
    ]
    usdt = (
        sum((row["total_rebate_amount"] for row in rows), Decimal(0))
        if query["currency"] == "USDT"
        else Decimal(0)
    )
    for row in rows:
        row["total_rebate_amount"] = _number(row["total_rebate_amount"])
    return {
        "total": len(rows),
        "page": query["page"],
        "size": query["size"],
        "btc_rebate_sum": 0,
        "usdt_rebate_sum": _number(usdt),
        "eth_rebate_sum": 0,
        "rebate_detail_page_data": _page(rows, query["page"], query["size"]),
    }


@handler("get_futures_affiliate_trades")
def trades(call: Call) -> dict[str, Any]:
    """An invitee's USDT-margined fills, newest first (coin-margined: none exist)."""
    query, data = call.query, _data(call)
    invitation = data.invitation(call.account, query["user_id"])
    traded = window(_TRADE_TIMES, query, call.now)
    fills = (
        data.fills(invitation.invitee, traded.start, traded.end) if invitation and query["type"] == 1 else []
    )
    rows = [
        {
            "user_id": query["user_id"],
            "user_type": 1,
            "create_time": fill.time,
            "symbol": fill.order.contract.symbol,
            "leverage": int(fill.order.leverage),
            "open_type": 2 if fill.order.open_type == "cross" else 1,
            "way": fill.order.side,
            "category": 1 if fill.order.type == "limit" else 2,
            "select_copy_trade": 2,
            "deal_price": _number(fill.price),
            "deal_vol": fill.volume,
            "fee": _number(fill.fee),
            "realised_profit": _number(fill.realized),
        }
        for fill in fills
    ]
    return _listing(query, rows)


def _user_figures(call: Call, invitation: Invitation | None) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """(volume, fees) in the window and over all time for the invitee, zero if not invited."""
    if invitation is None:
        return Decimal(0), Decimal(0), Decimal(0), Decimal(0)
    span = window(_SPAN, call.query, call.now)
    data = _data(call)
    period = data.figures(invitation.invitee, span.start, span.end)
    total = data.figures(invitation.invitee, 0, call.now)
    return period.volume, period.fees, total.volume, total.fees


@handler("get_futures_affiliate_user_rebate")
def user_rebate(call: Call) -> dict[str, Any]:
    """One invitee's volume, fees and rebate in the window and in total."""
    invitation = _data(call).invitation(call.account, call.query["cid"])
    if invitation is None:
        window(_SPAN, call.query, call.now)
    volume, fees, volume_total, fees_total = _user_figures(call, invitation)
    return {
        "cid": call.query["cid"],
        "back_rate": fmt(REBATE_RATE * 100, 8),
        "trading_vol_total": fmt(volume_total, 8),
        "trading_fee_total": fmt(fees_total, 8),
        "rebate_total": fmt(fees_total * REBATE_RATE, 8),
        "trading_vol": fmt(volume, 8),
        "trading_fee": fmt(fees, 8),
        "rebate": fmt(fees * REBATE_RATE, 8),
    }


@handler("get_futures_affiliate_api_rebate")
def api_rebate(call: Call) -> dict[str, str]:
    """Fees and rebate from the invitee's API trading in the window (every mock trade is API)."""
    invitation = _data(call).invitation(call.account, call.query["cid"])
    window(_SPAN, call.query, call.now)
    _, fees, _, _ = _user_figures(call, invitation)
    return {"api_trading_fee_total": fmt(fees, 8), "api_rebate_total": fmt(fees * REBATE_RATE, 8)}


@handler("check_futures_affiliate_invitee")
def check_invitee(call: Call) -> dict[str, bool]:
    """Whether user ``cid`` was invited by the caller."""
    return {"isInviteUser": _data(call).invitation(call.account, call.query["cid"]) is not None}


@handler("get_futures_affiliate_invitees")
def invitees(call: Call) -> dict[str, Any]:
    """Invitees who registered in the window (or one of them), with their totals."""
    query, data = call.query, _data(call)
    span = window(_SPAN, query, call.now)
    rows = []
    for invitation in _invitees(call, "cid", span):
        total = data.figures(invitation.invitee, 0, call.now)
        rows.append(
            {
                "cid": invitation.invitee.uid,
                "rebateTotal": fmt(total.rebate, 8),
                "tradingVolTotal": fmt(total.volume, 8),
                "cashbackRate": fmt(CASHBACK_RATE * 100, 8),
                "tradingFeeTotal": fmt(total.fees, 8),
                "backRate": fmt(REBATE_RATE * 100, 8),
                "status": 1,
            }
        )
    return _listing(query, rows)


@handler("get_futures_affiliate_customer_info")
def customer_info(call: Call) -> dict[str, Any]:
    """What the affiliate may see of one invitee (BitMart publishes no fields: an inference)."""
    invitation = _data(call).invitation(call.account, call.query["userId"])
    if invitation is None:
        return {"userId": call.query["userId"], "isInviteUser": False}
    return {"userId": invitation.invitee.uid, "isInviteUser": True, "registerTime": invitation.registered}


@handler("get_futures_affiliate_deposits_withdrawals")
def deposits_withdrawals(call: Call) -> dict[str, Any]:
    """An invitee's deposits (type 1) and withdrawals (type 2) in the window, from the funding records."""
    query = call.query
    span = window(_SPAN, query, call.now)
    invitation = _data(call).invitation(call.account, query["cid"])
    records = call.exchange.funding.records.get(invitation.invitee.uid, []) if invitation else []
    kinds = {1: ("deposit",), 2: ("withdraw",)}.get(query.get("type", 0), ("deposit", "withdraw"))
    rows = [
        {
            "type": 1 if r.kind == "deposit" else 2,
            "currency": r.channel.code,
            "amount": fmt(r.amount),
            "time": r.apply_time,
        }
        for r in sorted(records, key=lambda r: -r.apply_time)
        if r.kind in kinds and r.apply_time in span
    ]
    return _listing(query, rows)
