"""Spot account: the spot wallet and the fee rates the spot engine actually charges."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..exchange._common import fmt
from ..exchange.spot import MAKER_FEE, TAKER_FEE
from . import Call, handler
from .spot_market import CURRENCY_NAMES

_WALLET_PLACES = 8
# Every listed pair is in class A, the class the engine's rates apply to; the other classes are
# shown with BitMart's published level-1 rates so the answer has its usual shape.
_OTHER_CLASSES = {"B": Decimal("0.0025"), "C": Decimal("0.004"), "D": Decimal("0.006")}


@handler("get_spot_wallet")
def wallet(call: Call) -> dict[str, Any]:
    """Every currency the caller's spot wallet holds, available and frozen."""
    spot = call.account.spot
    entries = []
    for currency in spot.currencies():
        balance = spot.balance(currency)
        if balance.total <= 0:
            continue
        entries.append(
            {
                "id": currency,
                "name": CURRENCY_NAMES.get(currency, currency),
                "available": fmt(balance.available, _WALLET_PLACES),
                "frozen": fmt(balance.frozen, _WALLET_PLACES),
            }
        )
    return {"wallet": entries}


@handler("get_spot_basic_fee_rate")
def basic_fee_rate(call: Call) -> dict[str, Any]:
    """Answer as for a normal level-1 user: class A at the engine's maker and taker rates."""
    rates: dict[str, Any] = {
        "user_rate_type": 0,
        "level": "LV1",
        "taker_fee_rate_A": fmt(TAKER_FEE),
        "maker_fee_rate_A": fmt(MAKER_FEE),
    }
    for name, rate in _OTHER_CLASSES.items():
        rates[f"taker_fee_rate_{name}"] = fmt(rate)
        rates[f"maker_fee_rate_{name}"] = fmt(rate)
    return rates


@handler("get_spot_trade_fee_rate")
def trade_fee_rate(call: Call) -> dict[str, str]:
    """Answer the rates charged on one pair, the same for buys and sells (unknown: not found)."""
    pair = call.exchange.spot.pair(call.query["symbol"])
    return {
        "symbol": pair.symbol,
        "buy_taker_fee_rate": fmt(TAKER_FEE),
        "sell_taker_fee_rate": fmt(TAKER_FEE),
        "buy_maker_fee_rate": fmt(MAKER_FEE),
        "sell_maker_fee_rate": fmt(MAKER_FEE),
    }
