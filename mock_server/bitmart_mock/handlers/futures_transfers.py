"""Spot <-> futures transfers and their list."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..errors import MockError
from ..exchange._common import fmt
from ..exchange.futures_transfers import FuturesTransfers
from . import Call, handler
from ._amounts import CURRENCY_PLACES, required_amount
from ._windows import WindowRule, window

_LIST = WindowRule(
    "time_start",
    "time_end",
    reversed="futures_timestamp_invalid",
    defaults_checked=False,
    message="The timestamp is invalid: time_end is before time_start",
)


def _amount(call: Call) -> Decimal:
    return required_amount(call.body, "amount", invalid="futures_transfer_precision", places=CURRENCY_PLACES)


def _transfers(call: Call) -> FuturesTransfers:
    engine: FuturesTransfers = call.exchange.futures_transfers
    return engine


@handler("transfer_spot_futures")
def transfer(call: Call) -> dict[str, str]:
    """Move USDT between the spot and the futures wallet."""
    body = call.body
    amount = _amount(call)
    record = _transfers(call).transfer(call.account, body["currency"], amount, body["type"], call.now)
    return {"currency": record.currency, "amount": fmt(record.amount)}


@handler("get_spot_futures_transfers")
def transfers(call: Call) -> dict[str, Any]:
    """The caller's transfers, newest first, one page of ``limit``."""
    body = call.body
    span = window(_LIST, body, call.now)
    records = _transfers(call).listed(call.account, body.get("currency"), span.start, span.end)
    page, limit = int(body["page"]), int(body["limit"])
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
            for t in records[(page - 1) * limit : page * limit]
        ]
    }


@handler("transfer_futures_fund_account")
def fund_transfer(call: Call) -> dict[str, str]:
    """Move funds between the fund wallet and the futures wallet (all three fields are needed)."""
    body = call.body
    missing = [name for name in ("currency", "amount", "type") if name not in body]
    if missing:
        raise MockError("futures_invalid_request", f"Invalid request: {', '.join(missing)} required")
    amount = _amount(call)
    _transfers(call).fund_transfer(call.account, body["currency"], amount, body["type"], call.now)
    return {"currency": body["currency"], "amount": fmt(amount)}
