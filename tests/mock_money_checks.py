"""The mock's money invariants, for any exchange: conservation, no negative balance, frozen = open
orders, no amount finer than its currency's precision.

``tests/test_mock_money.py`` checks them after every step of random money operations, and
``tests/test_mock_history.py`` after the seeded year (the precision one after each of its events).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Context, Decimal

from bitmart_mock.exchange import Exchange
from bitmart_mock.exchange.accounts import MONEY, Wallet, precision

_WIDE = Context(prec=100)
"""Enough digits to quantize any balance the mock holds (the house's may be large)."""


def totals(exchange: Exchange) -> dict[str, Decimal]:
    """What all accounts and the house hold of every currency any wallet has held."""
    accounts = exchange.accounts
    wallets = [
        *(w for account in accounts.all() for w in account.wallets()),
        *accounts.house.wallets.values(),
    ]
    return {code: accounts.total(code) for code in {c for wallet in wallets for c in wallet.currencies()}}


def assert_money_is_conserved(exchange: Exchange, initial: dict[str, Decimal]) -> None:
    """Each currency's users' total, plus the fees collected, plus what the house paid or received,
    is what it was at the start (``initial``: the totals then)."""
    accounts = exchange.accounts
    house = accounts.house
    for code, start in initial.items():
        users = MONEY.subtract(accounts.total(code), house_total(house.wallets.values(), code))
        fees = house_total([house.fees], code)
        paid = house_total([house.counterparty, house.lending, house.chain], code)
        assert MONEY.add(MONEY.add(users, fees), paid) == start, (code, users, fees, paid)


def assert_no_balance_is_negative(exchange: Exchange) -> None:
    """No account's available or frozen balance is below zero (the house's may be)."""
    for account in exchange.accounts.all():
        for wallet in account.wallets():
            for code in wallet.currencies():
                balance = wallet.balance(code)
                assert balance.available >= 0 and balance.frozen >= 0, (account.name, code, balance)


def assert_frozen_is_what_open_orders_hold(exchange: Exchange) -> None:
    """Every frozen balance is exactly what the open spot and futures orders of that wallet hold."""
    held: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    resting = [o for book in exchange.spot.books.values() for o in (*book.bids, *book.asks)]
    for order in {id(o): o for o in [*resting, *exchange.spot.orders.values()] if o.is_open}.values():
        held[(id(order.wallet), order.reserved_currency)] += order.frozen
    for futures_order in exchange.futures_orders.working():
        held[(id(futures_order.account.futures), "USDT")] += futures_order.frozen
    for account in exchange.accounts.all():
        for wallet in account.wallets():
            for code in wallet.currencies():
                frozen = wallet.balance(code).frozen
                assert frozen == held.get((id(wallet), code), 0), (account.name, code, frozen)


def assert_every_amount_is_within_precision(exchange: Exchange) -> None:
    """No wallet of any account or of the house holds an amount, available or frozen, finer than
    its currency's precision: what BitMart could hold, and what its answers show to the digit."""
    accounts = exchange.accounts
    owned = [(account.name, wallet) for account in accounts.all() for wallet in account.wallets()]
    owned += [(f"house {name}", wallet) for name, wallet in accounts.house.wallets.items()]
    for name, wallet in owned:
        for code in wallet.currencies():
            quantum = Decimal(1).scaleb(-precision(code))
            balance = wallet.balance(code)
            for amount in (balance.available, balance.frozen):
                assert amount.quantize(quantum, context=_WIDE) == amount, (name, code, balance)


def house_total(wallets: Iterable[Wallet], code: str) -> Decimal:
    """What ``wallets`` hold of ``code`` together, exactly."""
    total = Decimal(0)
    for wallet in wallets:
        total = MONEY.add(total, wallet.balance(code).total)
    return total


__all__ = [
    "assert_every_amount_is_within_precision",
    "assert_frozen_is_what_open_orders_hold",
    "assert_money_is_conserved",
    "assert_no_balance_is_negative",
    "house_total",
    "totals",
]
