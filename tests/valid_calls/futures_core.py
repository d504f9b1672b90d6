"""Valid calls of the futures operations backed by the futures engine: an order needs its
price (limit) or a resting order to cancel or look up."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bitmart_mock.exchange.futures import FuturesOrder

from valid_calls import Context, Prepare

SYMBOL = "BTCUSDT"


def _resting(ctx: Context) -> FuturesOrder:
    """A limit buy far below the market: it rests, its margin frozen."""
    with ctx.app.lock:
        exchange = ctx.app.exchange
        return exchange.futures.place(
            exchange.account("main"), SYMBOL, 1, "limit", 2, price=Decimal("50000"), now=exchange.now()
        )


def _order_query(ctx: Context) -> dict[str, Any]:
    return {"symbol": SYMBOL, "order_id": str(_resting(ctx).order_id)}


VALID_CALLS: dict[str, Prepare] = {
    "submit_futures_order": lambda ctx: {
        "body": {"symbol": SYMBOL, "side": 1, "type": "limit", "price": "60000", "size": 1, "mode": 1}
    },
    "cancel_futures_order": lambda ctx: {"body": _order_query(ctx)},
    "get_futures_order": _order_query,
}
