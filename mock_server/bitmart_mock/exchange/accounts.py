"""Accounts and wallets of the mock exchange: exact balances, frozen amounts, sub-accounts.

Every amount is a ``Decimal``; handlers format them as strings only when answering.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..errors import MockError

ZERO = Decimal(0)


@dataclass
class Balance:
    """What an account holds of one currency in one wallet."""

    available: Decimal = ZERO
    frozen: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        """Available plus frozen."""
        return self.available + self.frozen


class Wallet:
    """Balances by currency. ``insufficient`` is the BitMart code raised when a debit fails."""

    def __init__(self, insufficient: str, balances: dict[str, Decimal] | None = None) -> None:
        self.insufficient = insufficient
        self._balances: dict[str, Balance] = {}
        for currency, amount in (balances or {}).items():
            self.credit(currency, amount)

    def balance(self, currency: str) -> Balance:
        """The balance of ``currency`` (created empty if the wallet never held it)."""
        return self._balances.setdefault(currency.upper(), Balance())

    def currencies(self) -> list[str]:
        """Currencies the wallet holds or held, sorted."""
        return sorted(self._balances)

    def credit(self, currency: str, amount: Decimal) -> None:
        """Add ``amount`` to the available balance."""
        self.balance(currency).available += amount

    def debit(self, currency: str, amount: Decimal) -> None:
        """Take ``amount`` from the available balance, or raise the wallet's insufficient code."""
        balance = self.balance(currency)
        if amount > balance.available:
            raise MockError(self.insufficient)
        balance.available -= amount

    def freeze(self, currency: str, amount: Decimal) -> None:
        """Move ``amount`` from available to frozen (an open order reserves it)."""
        self.debit(currency, amount)
        self.balance(currency).frozen += amount

    def unfreeze(self, currency: str, amount: Decimal) -> None:
        """Move ``amount`` back from frozen to available."""
        balance = self.balance(currency)
        amount = min(amount, balance.frozen)
        balance.frozen -= amount
        balance.available += amount

    def spend_frozen(self, currency: str, amount: Decimal) -> None:
        """Remove ``amount`` from the frozen balance (a fill consumed the reservation)."""
        balance = self.balance(currency)
        balance.frozen = max(ZERO, balance.frozen - amount)


@dataclass
class Account:
    """A BitMart account: spot and futures wallets, and for a main account its sub-accounts."""

    uid: int
    name: str
    parent: Account | None = None
    spot: Wallet = field(default_factory=lambda: Wallet("spot_balance_not_enough"))
    futures: Wallet = field(default_factory=lambda: Wallet("futures_balance_not_enough"))
    subs: list[Account] = field(default_factory=list)

    @property
    def is_sub(self) -> bool:
        """Whether this is a sub-account."""
        return self.parent is not None

    def sub(self, name: str) -> Account:
        """The sub-account called ``name`` (``account_sub_account_not_found`` otherwise)."""
        for account in self.subs:
            if account.name == name:
                return account
        raise MockError("account_sub_account_not_found")


class Accounts:
    """Every account of the mock, by name and uid."""

    def __init__(self) -> None:
        self.by_name: dict[str, Account] = {}
        self.by_uid: dict[int, Account] = {}

    def add(self, account: Account) -> Account:
        """Register ``account`` (and link it to its parent)."""
        self.by_name[account.name] = account
        self.by_uid[account.uid] = account
        if account.parent is not None:
            account.parent.subs.append(account)
        return account

    def get(self, name: str) -> Account:
        """The account called ``name`` (``main`` is the demo main account)."""
        return self.by_name[name]

    @classmethod
    def demo(cls) -> Accounts:
        """The funded demo accounts every new mock starts with."""
        accounts = cls()
        main = accounts.add(Account(100001, "main"))
        main.spot = Wallet(
            "spot_balance_not_enough",
            {"USDT": Decimal(100_000), "BTC": Decimal(2), "ETH": Decimal(30), "BMX": Decimal(10_000)},
        )
        main.futures = Wallet("futures_balance_not_enough", {"USDT": Decimal(50_000)})
        for uid, name, usdt in ((100002, "sub1@demo.mock", 1000), (100003, "sub2@demo.mock", 0)):
            sub = accounts.add(Account(uid, name, parent=main))
            sub.spot = Wallet("spot_balance_not_enough", {"USDT": Decimal(usdt)})
            sub.futures = Wallet("futures_balance_not_enough", {"USDT": Decimal(usdt)})
        # Two ordinary users the main account invited as a futures affiliate (no sub-accounts).
        for uid, name in ((100004, "friend1@demo.mock"), (100005, "friend2@demo.mock")):
            friend = accounts.add(Account(uid, name))
            friend.futures = Wallet("futures_balance_not_enough", {"USDT": Decimal(20_000)})
        return accounts
