"""What the planner knows: the account's balances everywhere and BitMart's withdrawal facts.

A :class:`Snapshot` is plain data, taken once (``bitmart_withdraw.read.take_snapshot``) and then
handed to the planner, which does no I/O. Amounts are ``Decimal``; nothing here is a float.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

ZERO = Decimal(0)

MAIN = "main"
"""The account name of the main account (sub-accounts go by their username)."""


@dataclass(frozen=True)
class Holding:
    """One currency in one wallet of one account.

    ``wallet`` is ``spot``, ``fund`` or ``futures``; ``account`` is :data:`MAIN` or a
    sub-account's username. ``available`` can be moved; ``held`` cannot (open orders, position
    margin, other holds) and stays where it is.
    """

    account: str
    wallet: str
    currency: str
    available: Decimal
    held: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        """Available plus held."""
        return self.available + self.held


@dataclass(frozen=True)
class MarginSide:
    """The base or the quote currency of an isolated margin account."""

    currency: str
    available: Decimal
    held: Decimal = ZERO
    principal: Decimal = ZERO
    """Borrowed and not yet repaid."""
    interest: Decimal = ZERO
    """Interest charged and not yet paid."""

    @property
    def debt(self) -> Decimal:
        """What must be repaid before the account can be emptied."""
        return self.principal + self.interest

    @property
    def net(self) -> Decimal:
        """What the side is worth to its owner: held and available, minus the debt."""
        return self.available + self.held - self.debt


@dataclass(frozen=True)
class MarginPair:
    """The isolated margin account of one trading pair."""

    symbol: str
    base: MarginSide
    quote: MarginSide

    @property
    def sides(self) -> tuple[MarginSide, MarginSide]:
        """Base, then quote."""
        return (self.base, self.quote)


@dataclass(frozen=True)
class EarnPosition:
    """A savings position.

    ``principal`` is ``None`` when it cannot be known (BitMart's flexible positions carry no
    amount; it is rebuilt from the subscription and redemption records, which fails when two
    positions share a product). ``matures_ms`` is set for fixed-term positions only.
    """

    earn_id: str
    product_id: str
    currency: str
    principal: Decimal | None
    fixed: bool = False
    matures_ms: int | None = None
    unknown_reason: str = ""


@dataclass(frozen=True)
class Channel:
    """One currency on one network, as ``get_account_currencies`` lists it."""

    code: str
    """The network-qualified code withdrawals name, e.g. ``USDT-TRC20``."""
    currency: str
    """The asset the wallets hold, e.g. ``USDT``."""
    network: str
    """BitMart's name of the chain, e.g. ``TRC20``."""
    withdraw_enabled: bool
    """False while BitMart has withdrawals of this channel suspended."""
    min_withdraw: Decimal | None = None
    """``withdraw_minsize``; ``None`` when the list leaves it out (the quota call still tells)."""
    fee: Decimal | None = None
    """``withdraw_fee``, with the same caveat."""
    max_withdraw: Decimal | None = None
    """``withdraw_maxsize`` of one withdrawal, when listed."""


@dataclass(frozen=True)
class WithdrawTerms:
    """``get_withdraw_quota`` for one channel: minimum, fee, amount format and today's quota."""

    min_withdraw: Decimal
    fee: Decimal
    precision: int
    """At most this many decimal places (60006 otherwise)."""
    multiple: int | None
    """When set, a whole multiple of it (60013 otherwise)."""
    quota_btc: Decimal
    """What may still be withdrawn today, valued in BTC, over all currencies."""


@dataclass(frozen=True, kw_only=True)
class WhitelistEntry:
    """One address of the withdrawal address book (``get_withdraw_addresses``).

    Built by keyword only: six of its fields are strings or flags easily passed in the wrong order.
    """

    address: str
    address_type: int
    """0 standard (one currency on one network), 1 universal (one network), 2 EVM."""
    verified: bool
    """Whether BitMart lists it as verified (``verify_status`` 1); only verified addresses receive."""
    currency: str | None = None
    """The currency a standard address is bound to (``None`` for universal and EVM ones)."""
    network: str | None = None
    """The network the address is bound to, when BitMart names one."""
    memo: str = ""
    """The memo or tag the address needs (``""`` when none)."""
    remark: str = ""


@dataclass(frozen=True)
class Snapshot:
    """Everything the planner needs, read at ``taken_at_ms`` (the exchange's clock)."""

    taken_at_ms: int
    holdings: tuple[Holding, ...] = ()
    margin: tuple[MarginPair, ...] = ()
    earn: tuple[EarnPosition, ...] = ()
    sub_accounts: tuple[str, ...] = ()
    channels: tuple[Channel, ...] = ()
    terms: Mapping[str, WithdrawTerms] = field(default_factory=dict)
    """By channel code, for the channels the destinations name."""
    terms_errors: Mapping[str, str] = field(default_factory=dict)
    """By channel code: why its terms could not be read (e.g. BitMart's 60004)."""
    whitelist: tuple[WhitelistEntry, ...] = ()
    btc_rates: Mapping[str, Decimal] = field(default_factory=dict)
    """Price of one unit of a currency in BTC, to count withdrawals against the daily quota."""

    def totals(self) -> dict[str, Decimal]:
        """Per currency, everything the account owns: wallets, margin net of loans, Earn principal."""
        totals: dict[str, Decimal] = {}

        def add(currency: str, amount: Decimal) -> None:
            totals[currency] = totals.get(currency, ZERO) + amount

        for holding in self.holdings:
            add(holding.currency, holding.total)
        for pair in self.margin:
            for side in pair.sides:
                add(side.currency, side.net)
        for position in self.earn:
            if position.principal is not None:
                add(position.currency, position.principal)
        return totals


__all__ = [
    "MAIN",
    "ZERO",
    "Channel",
    "EarnPosition",
    "Holding",
    "MarginPair",
    "MarginSide",
    "Snapshot",
    "WhitelistEntry",
    "WithdrawTerms",
]
