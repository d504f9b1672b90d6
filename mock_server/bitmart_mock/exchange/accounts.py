"""The one account store of the mock: accounts, their wallets, and how money moves between them.

Every amount is a ``Decimal`` and every movement is double-entry: money leaves one wallet and
arrives in another, through ``move`` (available to available) or ``settle`` (a reservation spent
into another wallet), computed in the exact ``MONEY`` context, so that no movement can create or
lose a digit. No wallet holds more decimals than BitMart does of the currency (``precision``):
an engine cuts what it computes to that (``holdable``) before moving it, and a finer amount is
refused (``ValueError``), so that the balances a user sees rounded are the balances the mock
holds. Money that comes from or goes to outside the users' accounts (trading fees, a
futures counterparty, margin loans, withdrawals to a chain) moves to or from a wallet of the
``House``, whose wallets may go below zero. The total of every currency over all wallets is
therefore constant, which ``tests/test_mock_money.py`` checks after every step of random money
operations.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Context, Decimal, DivisionByZero, Inexact, InvalidOperation, Overflow

from ..errors import MockError
from ._common import WIDE, cut

MONEY = Context(
    prec=100, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow, Inexact]
)
"""The context of every balance change: wide enough that sums of request amounts (at most 28
significant digits) stay exact, and trapping ``Inexact`` so that a rounded balance is a bug that
shows, never a silent drift."""
ZERO = Decimal(0)
CURRENCY_PLACES = 8
"""Decimals BitMart holds of every currency the mock lists: its balances and amounts show 8."""


def precision(currency: str) -> int:
    """How many decimals a wallet holds of ``currency`` (``CURRENCY_PLACES`` for every one)."""
    return CURRENCY_PLACES


def holdable(amount: Decimal, currency: str) -> Decimal:
    """``amount`` cut toward zero to what a wallet holds of ``currency`` (unchanged if it fits).

    Every amount an engine computes (a fill's quote amount, a fee, a margin, a profit or loss)
    passes through here before it moves: cut, it is never further from zero than the exact
    amount, so a check made on the exact one still holds, and BitMart's answers, which cut to 8
    decimals too, show the amount that moved.
    """
    return amount if _fits(amount, currency) else cut(amount, precision(currency))


def _fits(amount: Decimal, currency: str) -> bool:
    """Whether ``amount`` has no more decimals than a wallet holds of ``currency``."""
    places = precision(currency)
    exponent = amount.as_tuple().exponent
    return isinstance(exponent, int) and (
        exponent >= -places or amount.quantize(Decimal(1).scaleb(-places), context=WIDE) == amount
    )


def _check_precision(currency: str, amount: Decimal) -> None:
    """Refuse to move an amount finer than the currency's precision: an engine forgot ``holdable``."""
    if not _fits(amount, currency):
        places = precision(currency)
        raise ValueError(f"{amount} {currency} has more than the {places} decimals a wallet holds")


@dataclass
class Balance:
    """What a wallet holds of one currency: available, and frozen (reserved by open orders)."""

    available: Decimal = ZERO
    frozen: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        """Available plus frozen."""
        return MONEY.add(self.available, self.frozen)


class Wallet:
    """Balances by currency.

    ``insufficient`` names the BitMart error raised when the wallet cannot pay; an ``overdraft``
    wallet (the house's) never refuses and may go below zero.
    """

    def __init__(
        self, insufficient: str, balances: dict[str, Decimal] | None = None, *, overdraft: bool = False
    ) -> None:
        self.insufficient = insufficient
        self.overdraft = overdraft
        self._balances: dict[str, Balance] = {}
        for currency, amount in (balances or {}).items():
            _check_precision(currency, amount)
            self.balance(currency).available = MONEY.plus(amount)

    def balance(self, currency: str) -> Balance:
        """The balance of ``currency`` (created empty if the wallet never held it)."""
        return self._balances.setdefault(currency.upper(), Balance())

    def currencies(self) -> list[str]:
        """Currencies the wallet holds or held, sorted."""
        return sorted(self._balances)

    def totals(self) -> Iterator[tuple[str, Decimal]]:
        """``(currency, available + frozen)`` of every currency the wallet holds or held."""
        for currency, balance in self._balances.items():
            yield currency, balance.total

    def freeze(self, currency: str, amount: Decimal) -> None:
        """Reserve ``amount``: available to frozen (the wallet's ``insufficient`` error if short)."""
        balance = self.balance(currency)
        _check_precision(currency, amount)
        self._check(balance.available, amount)
        balance.available = MONEY.subtract(balance.available, amount)
        balance.frozen = MONEY.add(balance.frozen, amount)

    def unfreeze(self, currency: str, amount: Decimal) -> None:
        """Release a reservation: ``amount`` back from frozen to available."""
        balance = self.balance(currency)
        _check_precision(currency, amount)
        if amount > balance.frozen:
            raise ValueError(f"unfreezing {amount} {currency} of {balance.frozen} frozen")
        balance.frozen = MONEY.subtract(balance.frozen, amount)
        balance.available = MONEY.add(balance.available, amount)

    def _check(self, available: Decimal, amount: Decimal) -> None:
        if amount < 0:
            raise ValueError(f"a negative amount {amount} cannot move")
        if amount > available and not self.overdraft:
            raise MockError(self.insufficient)

    def _take(self, currency: str, amount: Decimal, *, frozen: bool = False) -> None:
        _check_precision(currency, amount)
        balance = self.balance(currency)
        if frozen:
            if amount > balance.frozen:
                raise ValueError(f"spending {amount} {currency} of {balance.frozen} frozen")
            balance.frozen = MONEY.subtract(balance.frozen, amount)
            return
        self._check(balance.available, amount)
        balance.available = MONEY.subtract(balance.available, amount)

    def _give(self, currency: str, amount: Decimal) -> None:
        balance = self.balance(currency)
        balance.available = MONEY.add(balance.available, amount)


def move(source: Wallet, target: Wallet, currency: str, amount: Decimal) -> None:
    """Move ``amount`` of ``currency`` from ``source``'s available balance to ``target``'s.

    Raises ``source``'s insufficient-balance error, moving nothing, when it cannot pay, and
    ``ValueError`` for an amount finer than the currency's precision (round it with ``holdable``).
    """
    source._take(currency, amount)
    target._give(currency, amount)


def settle(source: Wallet, target: Wallet, currency: str, amount: Decimal) -> None:
    """Spend ``amount`` that ``source`` holds frozen (an order's reservation) into ``target``."""
    source._take(currency, amount, frozen=True)
    target._give(currency, amount)


def _house_wallet() -> Wallet:
    return Wallet("internal_server_error", overdraft=True)


@dataclass(eq=False)
class House:
    """The exchange's own books: where money goes that leaves the users' wallets, and comes from.

    Each of its wallets may go below zero.
    """

    fees: Wallet = field(default_factory=_house_wallet)
    """Trading and withdrawal fees, margin interest."""
    counterparty: Wallet = field(default_factory=_house_wallet)
    """The other side of futures profit and loss, Earn interest and demo funds."""
    lending: Wallet = field(default_factory=_house_wallet)
    """Margin principal lent out (negative while loans are open)."""
    chain: Wallet = field(default_factory=_house_wallet)
    """Outside BitMart: withdrawals arrive here."""

    @property
    def wallets(self) -> dict[str, Wallet]:
        """The four wallets by name."""
        return {
            "fees": self.fees,
            "counterparty": self.counterparty,
            "lending": self.lending,
            "chain": self.chain,
        }


def _spot() -> Wallet:
    return Wallet("spot_balance_not_enough")


def _futures() -> Wallet:
    return Wallet("futures_balance_not_enough")


@dataclass
class Account:
    """A BitMart account: its wallets, and for a main account its sub-accounts."""

    uid: int
    name: str
    parent: Account | None = None
    spot: Wallet = field(default_factory=_spot)
    futures: Wallet = field(default_factory=_futures)
    fund: Wallet = field(default_factory=lambda: Wallet("account_insufficient_balance"))
    positions: Wallet = field(default_factory=_futures)
    """Margin held by open futures positions (moved from ``futures`` when a position opens)."""
    earn: Wallet = field(default_factory=lambda: Wallet("account_balance_not_enough"))
    """Principal held in Earn products."""
    margin: dict[str, Wallet] = field(default_factory=dict)
    """Isolated margin accounts, by trading pair."""
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

    def margin_wallet(self, symbol: str) -> Wallet:
        """The isolated margin wallet of ``symbol`` (created empty on first use)."""
        return self.margin.setdefault(symbol, _spot())

    def wallets(self) -> Iterator[Wallet]:
        """Every wallet of the account."""
        yield from (self.spot, self.futures, self.fund, self.positions, self.earn)
        yield from self.margin.values()


class Accounts:
    """Every account of the mock by name and uid, the market maker, and the house."""

    def __init__(self) -> None:
        self.by_name: dict[str, Account] = {}
        self.by_uid: dict[int, Account] = {}
        self.house = House()
        self.maker = Account(1, "market-maker")
        """The internal account whose orders keep the spot books full (not reachable by API keys)."""

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

    def all(self) -> Iterator[Account]:
        """Every account that holds money: the users' and the market maker's."""
        yield from self.by_name.values()
        yield self.maker

    def total(self, currency: str) -> Decimal:
        """What all accounts and the house hold of ``currency`` (constant: money only moves)."""
        wallets = [w for account in self.all() for w in account.wallets()] + list(self.house.wallets.values())
        amounts = (amount for wallet in wallets for code, amount in wallet.totals() if code == currency)
        total = ZERO
        for amount in amounts:
            total = MONEY.add(total, amount)
        return total

    @classmethod
    def demo(cls, maker_funds: dict[str, Decimal]) -> Accounts:
        """The funded demo accounts every new mock starts with, and a funded market maker."""
        accounts = cls()
        accounts.maker.spot = Wallet("spot_balance_not_enough", maker_funds)
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


__all__ = [
    "CURRENCY_PLACES",
    "MONEY",
    "ZERO",
    "Account",
    "Accounts",
    "Balance",
    "House",
    "Wallet",
    "holdable",
    "move",
    "precision",
    "settle",
]
