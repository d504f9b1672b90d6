"""Valid calls of the funding account operations.

A withdrawal goes to a verified entry of the demo address book on an open channel; the detail
query names one of the main account's seeded deposits.
"""

from __future__ import annotations

from typing import Any

from valid_calls import Context, Prepare

TRC20_BOOK_ADDRESS = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"


def _a_deposit_id(ctx: Context) -> dict[str, Any]:
    with ctx.app.lock:
        exchange = ctx.app.exchange
        records = exchange.funding.records[exchange.account("main").uid]
        return {"id": next(r.record_id for r in records if r.kind == "deposit")}


VALID_CALLS: dict[str, Prepare] = {
    "get_deposit_withdraw_detail": _a_deposit_id,
    "submit_withdraw": lambda ctx: {
        "body": {
            "currency": "USDT-TRC20",
            "amount": "25",
            "address": TRC20_BOOK_ADDRESS,
            "destination": "To Digital Address",
        }
    },
    "get_withdraw_quota": lambda ctx: {"currency": "USDT-TRC20"},
    "get_deposit_address": lambda ctx: {"currency": "USDT-TRC20"},
}
