"""Valid calls of the futures order, position and account operations.

Placements get complete order terms; modifications, cancels and look-ups get a limit buy resting
far below the market, placed directly in the engine; the position queries and close-all get a
small ETHUSDT long opened at the market. Leverage is set on BMXUSDT, where these calls never
hold a position (a position's leverage cannot change).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bitmart_mock.exchange.futures_types import FuturesOrder

from valid_calls import Context, Prepare

SYMBOL = "BTCUSDT"
POSITION_SYMBOL = "ETHUSDT"


def _resting(ctx: Context) -> FuturesOrder:
    """A limit buy far below the market: it rests, its margin frozen."""
    with ctx.app.lock:
        exchange = ctx.app.exchange
        return exchange.futures.place(
            exchange.account("main"), SYMBOL, 1, "limit", 2, price=Decimal("40000"), now=exchange.now()
        )


def _long(ctx: Context) -> dict[str, Any]:
    """Open (or add to) a small ETHUSDT long at the market; no overrides."""
    with ctx.app.lock:
        exchange = ctx.app.exchange
        exchange.futures.place(exchange.account("main"), POSITION_SYMBOL, 1, "market", 3, now=exchange.now())
    return {}


def _order_query(ctx: Context) -> dict[str, Any]:
    return {"symbol": SYMBOL, "order_id": str(_resting(ctx).order_id)}


def _close_long(ctx: Context) -> dict[str, Any]:
    _long(ctx)
    return {"body": {"contractType": 1, "symbol": POSITION_SYMBOL, "position_side": "long"}}


VALID_CALLS: dict[str, Prepare] = {
    "submit_futures_order": lambda ctx: {
        "body": {
            "symbol": SYMBOL,
            "side": 1,
            "type": "limit",
            "price": "60000",
            "size": 1,
            "leverage": "10",
            "open_type": "cross",
            "mode": 1,
        }
    },
    "modify_futures_limit_order": lambda ctx: {
        "body": {"symbol": SYMBOL, "order_id": _resting(ctx).order_id, "price": "41000", "size": 3}
    },
    "cancel_futures_order": lambda ctx: {"body": _order_query(ctx)},
    "get_futures_order": _order_query,
    "set_futures_leverage": lambda ctx: {
        "body": {"symbol": "BMXUSDT", "leverage": "5", "open_type": "isolated"}
    },
    # A countdown of an hour on a contract without orders: armed, never run out during the tests.
    "set_futures_cancel_all_after": lambda ctx: {"body": {"symbol": "BMXUSDT", "timeout": 3600}},
    "close_all_futures_positions": _close_long,
    "get_futures_positions": _long,
    "get_futures_positions_v2": _long,
    "get_futures_position_risk": _long,
    "get_futures_trades": _long,
}
