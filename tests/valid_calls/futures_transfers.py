"""Valid calls of the futures transfers: the fund transfer needs all three fields."""

from __future__ import annotations

from valid_calls import Prepare

VALID_CALLS: dict[str, Prepare] = {
    "transfer_futures_fund_account": lambda ctx: {
        "body": {"currency": "USDT", "amount": "100", "type": "contract_to_fund"}
    },
}
