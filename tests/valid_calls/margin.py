"""Valid calls of the isolated margin operations: open a funded BTC_USDT margin account first.

The demo main account has no margin account; borrowing, repaying, records and orders all need
one, so each preparation transfers USDT from the spot wallet into BTC_USDT's margin account
(the same thing ``transfer_margin_asset`` does) and, where needed, borrows.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from valid_calls import Context, Prepare

SYMBOL = "BTC_USDT"


def _fund(ctx: Context, amount: str = "1000") -> None:
    app = ctx.app
    with app.lock:
        exchange = app.exchange
        main = exchange.account("main")
        exchange.margin.transfer(main, SYMBOL, "USDT", Decimal(amount), "in", exchange.now())


def _borrow(ctx: Context, amount: str = "100") -> str:
    _fund(ctx)
    app = ctx.app
    with app.lock:
        exchange = app.exchange
        main = exchange.account("main")
        loan = exchange.margin.borrow(main, SYMBOL, "USDT", Decimal(amount), exchange.now())
    return loan.borrow_id


def accounts(ctx: Context) -> dict[str, Any]:
    _fund(ctx)
    return {"symbol": SYMBOL}


def borrow_records(ctx: Context) -> dict[str, Any]:
    return {"symbol": SYMBOL, "borrow_id": _borrow(ctx)}


def repay_records(ctx: Context) -> dict[str, Any]:
    _borrow(ctx)
    app = ctx.app
    with app.lock:
        exchange = app.exchange
        record = exchange.margin.repay(exchange.account("main"), SYMBOL, "USDT", Decimal(20), exchange.now())
    return {"symbol": SYMBOL, "repay_id": record.repay_id, "currency": "USDT"}


def submit_order(ctx: Context) -> dict[str, Any]:
    _fund(ctx)
    # A limit buy under the market rests on the book: 0.001 BTC at 60000 reserves 60 USDT.
    return {"body": {"symbol": SYMBOL, "side": "buy", "type": "limit", "size": "0.001", "price": "60000.00"}}


def borrow(ctx: Context) -> dict[str, Any]:
    _fund(ctx)
    return {"body": {"symbol": SYMBOL, "currency": "USDT", "amount": "100"}}


def repay(ctx: Context) -> dict[str, Any]:
    _borrow(ctx)
    return {"body": {"symbol": SYMBOL, "currency": "USDT", "amount": "50"}}


VALID_CALLS: dict[str, Prepare] = {
    "get_margin_accounts": accounts,
    "get_margin_borrow_records": borrow_records,
    "get_margin_repay_records": repay_records,
    "submit_margin_order": submit_order,
    "borrow_margin": borrow,
    "repay_margin": repay,
}
