"""Broker: the daily trading-fee rebates of an API broker.

The demo main account is registered as a broker since ``_BROKER_DAYS`` days before "now"; its
sub-accounts are not brokers and get no data. Rebates are history from before the mock
started, so they do not appear in any wallet: each day's amounts are derived from the seed and
the date alone, so the same day shows the same rebates whatever period is asked for.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ..exchange._common import fmt
from . import Call, handler
from ._windows import WindowRule, window

_PERIOD = WindowRule(
    "start_time", "end_time", reversed="spot_end_before_start", seconds=True, defaults_checked=False
)
_DAY_S = 86_400
_DEFAULT_DAYS = 180
_BROKER_DAYS = 400
_PLACES = 8
# (currency, share of days with a rebate, smallest and largest amount)
_REBATES = (
    ("USDT", 0.85, Decimal("1.5"), Decimal(45)),
    ("BTC", 0.3, Decimal("0.00001"), Decimal("0.0003")),
    ("BMX", 0.15, Decimal(10), Decimal(600)),
)


def _day_rebates(seed: int, day: int) -> list[dict[str, str]]:
    chance = random.Random(f"{seed}:broker-rebate:{day}")  # noqa: S311 (demo data, not security)
    entries = []
    for currency, share, low, high in _REBATES:
        if chance.random() >= share:
            continue
        amount = low + (high - low) * Decimal(str(chance.random()))
        entries.append({"currency": currency, "rebate_amount": fmt(amount, _PLACES)})
    return entries


def _days(call: Call) -> range:
    """Whole UTC days (as day numbers) of the period; today is not over, so not rebated yet."""
    today = call.now // 1000 // _DAY_S
    window(_PERIOD, call.query, call.now)
    end = call.query.get("end_time")
    start = call.query.get("start_time")
    last = today - 1 if end is None else min(today - 1, end // _DAY_S)
    first = (call.now // 1000 - _DEFAULT_DAYS * _DAY_S) // _DAY_S if start is None else start // _DAY_S
    return range(max(first, today - _BROKER_DAYS), last + 1)


@handler("get_broker_rebates")
def rebates(call: Call) -> dict[str, Any]:
    """Rebates per day of the period (default: the last 180 days); empty for a non-broker."""
    if call.account.is_sub:
        return {"rebates": {}}
    result: dict[str, list[dict[str, str]]] = {}
    for day in _days(call):
        entries = _day_rebates(call.exchange.config.seed, day)
        if entries:
            result[datetime.fromtimestamp(day * _DAY_S, UTC).date().isoformat()] = entries
    return {"rebates": result}
