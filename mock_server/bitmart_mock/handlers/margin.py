"""Isolated margin: borrowing terms, margin accounts, transfers, borrowing, repayment, orders."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..exchange._common import fmt
from ..exchange.accounts import Account
from ..exchange.margin import (
    LIQUIDATE_RATE,
    PLACES,
    CurrencyTerms,
    Loan,
    MarginAccount,
    MarginTerms,
    RepayRecord,
)
from . import Call, handler
from ._amounts import required_amount
from ._windows import WindowRule, window
from .spot_orders import order_terms

_RECORDS = WindowRule("start_time", "end_time", reversed="spot_end_before_start", defaults_checked=False)


def _amount(value: Decimal) -> str:
    """Format with BitMart's 8 places (no "-0" for a negative amount that rounds to zero)."""
    text = fmt(value, PLACES)
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


def _request_amount(call: Call) -> Decimal:
    return required_amount(call.body, "amount", invalid="spot_invalid", places=PLACES)


# ---- borrowing terms -------------------------------------------------------------------------
def _currency_terms(call: Call, terms: MarginTerms, currency: CurrencyTerms) -> dict[str, str]:
    margin = call.exchange.margin.accounts.get((call.account.uid, terms.symbol))
    if margin is not None:
        margin.accrue(call.now)
    return {
        "currency": currency.currency,
        "daily_interest": _amount(currency.daily_interest),
        "hourly_interest": _amount(currency.hourly_interest),
        "max_borrow_amount": _amount(currency.max_borrow),
        "min_borrow_amount": _amount(currency.min_borrow),
        "borrowable_amount": _amount(call.exchange.margin.borrowable(margin, terms, currency.currency)),
    }


def _pair_terms(call: Call, terms: MarginTerms) -> dict[str, Any]:
    return {
        "symbol": terms.symbol,
        "max_leverage": fmt(terms.max_leverage),
        "symbol_enabled": terms.enabled,
        "base": _currency_terms(call, terms, terms.base),
        "quote": _currency_terms(call, terms, terms.quote),
    }


@handler("get_margin_borrowing_rates")
def borrowing_rates(call: Call) -> dict[str, Any]:
    """Answer the terms of the named pairs (comma-separated) or of all (unknown: symbol not found)."""
    engine = call.exchange.margin
    requested = call.query.get("symbol")
    if requested:
        chosen = [engine.terms_of(name.strip()) for name in requested.split(",")]
    else:
        chosen = [engine.terms[symbol] for symbol in sorted(engine.terms)]
    return {"symbols": [_pair_terms(call, terms) for terms in chosen]}


# ---- accounts --------------------------------------------------------------------------------
def _asset(call: Call, margin: MarginAccount, currency: str) -> dict[str, Any]:
    balance = margin.wallet.balance(currency)
    net = margin.net(currency)
    return {
        "currency": currency,
        "borrow_enabled": margin.terms.enabled,
        "borrowed": _amount(margin.principal(currency)),
        "borrow_unpaid": _amount(margin.principal(currency)),
        "interest_unpaid": _amount(margin.interest(currency)),
        "available": _amount(balance.available),
        "frozen": _amount(balance.frozen),
        "net_asset": _amount(net),
        "net_assetBTC": _amount(call.exchange.margin.value_in_btc(currency, net)),
        "total_asset": _amount(balance.total),
    }


def _account(call: Call, margin: MarginAccount) -> dict[str, Any]:
    risk = call.exchange.margin.risk(margin)
    return {
        "symbol": margin.symbol,
        "risk_rate": fmt(risk.rate),
        "risk_level": risk.level,
        "buy_enabled": margin.terms.enabled,
        "sell_enabled": margin.terms.enabled,
        "liquidate_price": _amount(risk.liquidate_price),
        "liquidate_rate": fmt(LIQUIDATE_RATE),
        "base": _asset(call, margin, margin.terms.base.currency),
        "quote": _asset(call, margin, margin.terms.quote.currency),
    }


@handler("get_margin_accounts")
def accounts(call: Call) -> dict[str, Any]:
    """One pair's margin account (``margin_account_not_opened``), or every one the caller opened."""
    engine = call.exchange.margin
    symbol = call.query.get("symbol")
    if symbol:
        found = [engine.find(call.account, symbol, call.now)]
    else:
        found = engine.accounts_of(call.account, call.now)
    return {"symbols": [_account(call, margin) for margin in found]}


# ---- records ---------------------------------------------------------------------------------
def _borrow_record(loan: Loan) -> dict[str, Any]:
    return {
        "borrow_id": loan.borrow_id,
        "symbol": loan.symbol,
        "currency": loan.currency,
        "borrow_amount": _amount(loan.amount),
        "daily_interest": _amount(loan.daily_interest),
        "hourly_interest": _amount(loan.hourly_interest),
        "interest_amount": _amount(loan.interest_total),
        "create_time": loan.create_time // 1000,
    }


@handler("get_margin_borrow_records")
def borrow_records(call: Call) -> dict[str, Any]:
    """Borrowings of one pair's margin account, newest first, filtered by id and time (ms)."""
    margin = call.exchange.margin.find(call.account, call.query["symbol"], call.now)
    span = window(_RECORDS, call.query, call.now)
    wanted = call.query.get("borrow_id")
    loans = [
        loan
        for loan in reversed(margin.loans)
        if (wanted is None or loan.borrow_id == wanted) and loan.create_time in span
    ]
    return {"records": [_borrow_record(loan) for loan in loans[: call.query.get("N", 50)]]}


def _repay_record(record: RepayRecord) -> dict[str, Any]:
    return {
        "repay_id": record.repay_id,
        "repay_time": record.time // 1000,
        "symbol": record.symbol,
        "currency": record.currency,
        "repaid_amount": _amount(record.amount),
        "repaid_principal": _amount(record.principal),
        "repaid_interest": _amount(record.interest),
    }


@handler("get_margin_repay_records")
def repay_records(call: Call) -> dict[str, Any]:
    """Repayments of one pair's margin account, newest first, filtered by id, currency and time."""
    margin = call.exchange.margin.find(call.account, call.query["symbol"], call.now)
    span = window(_RECORDS, call.query, call.now)
    wanted = call.query.get("repay_id")
    currency = call.query.get("currency")
    code = margin.terms.currency(currency).currency if currency else None
    records = [
        record
        for record in reversed(margin.repays)
        if (wanted is None or record.repay_id == wanted)
        and (code is None or record.currency == code)
        and record.time in span
    ]
    return {"records": [_repay_record(record) for record in records[: call.query.get("N", 50)]]}


# ---- actions ---------------------------------------------------------------------------------
def _movement(call: Call) -> tuple[Account, str, str, Decimal]:
    """Whose account, which pair, which currency and how much: what a transfer, loan or repayment names."""
    body = call.body
    amount = _request_amount(call)
    return call.account, body["symbol"], body["currency"], amount


@handler("transfer_margin_asset")
def transfer(call: Call) -> dict[str, str]:
    """Move funds between the spot wallet and a pair's margin account (``in`` opens the account)."""
    return {"transfer_id": call.exchange.margin.transfer(*_movement(call), call.body["side"], call.now)}


@handler("borrow_margin")
def borrow(call: Call) -> dict[str, str]:
    """Borrow the pair's base or quote currency into its margin account."""
    return {"borrow_id": call.exchange.margin.borrow(*_movement(call), call.now).borrow_id}


@handler("repay_margin")
def repay(call: Call) -> dict[str, str]:
    """Repay from the margin account's available balance: interest first, then principal."""
    return {"repay_id": call.exchange.margin.repay(*_movement(call), call.now).repay_id}


@handler("submit_margin_order")
def submit_order(call: Call) -> dict[str, int]:
    """Place an order with the margin account's funds; the id is a JSON number, as documented."""
    body = call.body
    order = call.exchange.margin.place_order(
        call.account,
        body["symbol"],
        order_terms(body),
        client_order_id=body.get("clientOrderId") or "",
        now=call.now,
    )
    return {"order_id": order.order_id}
