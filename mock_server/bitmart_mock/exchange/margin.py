"""Isolated margin: per-pair margin accounts, borrowing, repayment and their records.

A user opens the isolated margin account of a pair by transferring the pair's base or quote
currency into it from the spot wallet. The account is its own ``Wallet`` holding both
currencies; margin orders trade through the spot engine with that wallet, so fills, fees and
reservations move its balances exactly as on spot.

Borrowing is limited by leverage: the debt of an account, valued in the quote currency at the
pair's last price, may reach ``(max_leverage - 1)`` times its net assets (assets minus debt),
and each currency has a per-account ceiling (``max_borrow_amount``). Interest is charged by the
hour, as on BitMart: a started hour counts as a whole one, so the first hour is charged when
the money is borrowed, and each further hour at the principal then unpaid. It is computed from
the exchange clock whenever the account is read or changed. A repayment pays interest first,
then principal, oldest borrowing first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal

from ..errors import MockError
from ._common import HOUR_MS, IdSource, decimal_places
from .accounts import ZERO, Account, House, Wallet, move
from .spot import SpotEngine
from .spot_book import OrderTerms, SpotOrder

PLACES = 8
QUANTUM = Decimal(1).scaleb(-PLACES)


@dataclass(frozen=True)
class CurrencyTerms:
    """Borrowing terms of one currency."""

    currency: str
    daily_interest: Decimal
    min_borrow: Decimal
    max_borrow: Decimal

    @property
    def hourly_interest(self) -> Decimal:
        """The daily rate spread over 24 hours, to 8 decimals (the rate actually charged)."""
        return (self.daily_interest / 24).quantize(QUANTUM, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class MarginTerms:
    """The isolated-margin terms of one trading pair."""

    symbol: str
    max_leverage: Decimal
    base: CurrencyTerms
    quote: CurrencyTerms
    enabled: bool = True

    def currency(self, code: str) -> CurrencyTerms:
        """Return the terms of ``code``, the pair's base or quote (``margin_currency_not_found``)."""
        for terms in (self.base, self.quote):
            if terms.currency == code.upper():
                return terms
        raise MockError(
            "margin_currency_not_found", f"Currency not found: {code} is not a currency of {self.symbol}"
        )


_CURRENCIES = {
    "BTC": CurrencyTerms("BTC", Decimal("0.00055"), Decimal("0.0001"), Decimal(20)),
    "ETH": CurrencyTerms("ETH", Decimal("0.0005"), Decimal("0.001"), Decimal(300)),
    "BMX": CurrencyTerms("BMX", Decimal("0.001"), Decimal(100), Decimal(5_000_000)),
    "USDT": CurrencyTerms("USDT", Decimal("0.0004"), Decimal(10), Decimal(1_500_000)),
}
# ETH_BTC is listed but closed to margin trading, like the many BitMart pairs without it.
_LEVERAGE = {"BTC_USDT": (10, True), "ETH_USDT": (10, True), "BMX_USDT": (5, True), "ETH_BTC": (3, False)}


@dataclass
class Loan:
    """One borrowing and what is still owed on it."""

    borrow_id: str
    symbol: str
    currency: str
    amount: Decimal
    daily_interest: Decimal
    hourly_interest: Decimal
    create_time: int
    principal_unpaid: Decimal
    interest_total: Decimal = ZERO
    interest_unpaid: Decimal = ZERO
    hours_charged: int = 0

    def accrue(self, now: int) -> None:
        """Charge every hour started since the last charge, at the principal still unpaid."""
        due = max(0, now - self.create_time) // HOUR_MS + 1
        hours = due - self.hours_charged
        if hours <= 0:
            return
        self.hours_charged = due
        if self.principal_unpaid <= 0:
            return
        interest = (self.principal_unpaid * self.hourly_interest * hours).quantize(QUANTUM, rounding=ROUND_UP)
        self.interest_total += interest
        self.interest_unpaid += interest


@dataclass(frozen=True)
class RepayRecord:
    """One repayment, split into interest and principal."""

    repay_id: str
    symbol: str
    currency: str
    principal: Decimal
    interest: Decimal
    time: int

    @property
    def amount(self) -> Decimal:
        """Principal plus interest."""
        return self.principal + self.interest


@dataclass
class MarginAccount:
    """The isolated margin account of one user in one pair."""

    account: Account
    terms: MarginTerms
    loans: list[Loan] = field(init=False, default_factory=list)
    """Its borrowings, oldest first (repaid ones too)."""
    repays: list[RepayRecord] = field(init=False, default_factory=list)
    """Its repayments, oldest first."""

    @property
    def symbol(self) -> str:
        """The pair's symbol."""
        return self.terms.symbol

    @property
    def wallet(self) -> Wallet:
        """The account's margin wallet of this pair (in the account store)."""
        return self.account.margin_wallet(self.terms.symbol)

    def principal(self, currency: str) -> Decimal:
        """Principal still owed in ``currency``."""
        return sum((loan.principal_unpaid for loan in self.loans if loan.currency == currency), ZERO)

    def interest(self, currency: str) -> Decimal:
        """Interest still owed in ``currency``."""
        return sum((loan.interest_unpaid for loan in self.loans if loan.currency == currency), ZERO)

    def debt(self, currency: str) -> Decimal:
        """Principal and interest still owed in ``currency``."""
        return self.principal(currency) + self.interest(currency)

    def net(self, currency: str) -> Decimal:
        """Return what the account holds of ``currency`` minus what it owes in it."""
        return self.wallet.balance(currency).total - self.debt(currency)

    def accrue(self, now: int) -> None:
        """Bring the interest of every borrowing up to ``now``."""
        for loan in self.loans:
            loan.accrue(now)


@dataclass(frozen=True)
class Risk:
    """How safe an account is: assets over debt, and where it would be liquidated."""

    rate: Decimal
    level: str
    liquidate_price: Decimal


LIQUIDATE_RATE = Decimal("1.1")
"""The risk rate at which an account is liquidated."""
NO_DEBT_RISK_RATE = Decimal(999)
"""The risk rate shown when nothing is owed (assets over a zero debt)."""
_MEDIUM_RISK = Decimal("1.5")
_HIGH_RISK = Decimal("1.2")
"""Risk levels: 1 from ``_MEDIUM_RISK`` up, 2 from ``_HIGH_RISK`` up, 3 below."""


def _positive(amount: Decimal) -> Decimal:
    if amount <= 0:
        raise MockError("spot_invalid", "Invalid amount: must be greater than 0")
    if decimal_places(amount) > PLACES:
        raise MockError("spot_invalid", f"Invalid amount: at most {PLACES} decimal places")
    return amount


@dataclass(eq=False)
class MarginEngine:
    """Isolated margin accounts of every user, with their borrowings and repayments."""

    _spot: SpotEngine
    """Margin orders trade on it; its market data prices the collateral."""
    _house: House
    _ids: IdSource
    terms: dict[str, MarginTerms] = field(init=False, default_factory=dict)
    accounts: dict[tuple[int, str], MarginAccount] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        for symbol, (leverage, enabled) in _LEVERAGE.items():
            pair = self._spot.pairs.get(symbol)
            self.terms[symbol] = MarginTerms(
                symbol, Decimal(leverage), _CURRENCIES[pair.base], _CURRENCIES[pair.quote], enabled
            )

    # ---- lookups -------------------------------------------------------------------------------
    def terms_of(self, symbol: str) -> MarginTerms:
        """Return the terms of a listed pair (``spot_symbol_not_found`` for an unknown symbol)."""
        return self.terms[self._spot.pair(symbol).symbol]

    def open_terms(self, symbol: str) -> MarginTerms:
        """Return the terms of a pair open to margin trading (``margin_account_not_available``)."""
        terms = self.terms_of(symbol)
        if not terms.enabled:
            raise MockError(
                "margin_account_not_available",
                f"Margin Account Not Available: {terms.symbol} has no isolated margin",
            )
        return terms

    def find(self, account: Account, symbol: str, now: int) -> MarginAccount:
        """Return the opened margin account of ``symbol``, interest accrued to ``now``.

        Raises ``margin_account_not_opened`` when the account never transferred into it.
        """
        terms = self.open_terms(symbol)
        margin = self.accounts.get((account.uid, terms.symbol))
        if margin is None:
            raise MockError(
                "margin_account_not_opened",
                f"Margin Account not Opened: transfer funds into {terms.symbol} first",
            )
        margin.accrue(now)
        return margin

    def accounts_of(self, account: Account, now: int) -> list[MarginAccount]:
        """Every margin account ``account`` opened, by symbol, interest brought up to ``now``."""
        found = [margin for (uid, _), margin in self.accounts.items() if uid == account.uid]
        found.sort(key=lambda margin: margin.symbol)
        for margin in found:
            margin.accrue(now)
        return found

    # ---- valuation -----------------------------------------------------------------------------
    def price(self, symbol: str) -> Decimal:
        """Return the pair's last traded price, used to value base against quote."""
        return self._spot.market.last_price(symbol)

    def _quote_value(self, margin: MarginAccount, currency: str, amount: Decimal) -> Decimal:
        return amount * self.price(margin.symbol) if currency == margin.terms.base.currency else amount

    def equity(self, margin: MarginAccount) -> Decimal:
        """Net assets of the account valued in the quote currency."""
        base, quote = margin.terms.base.currency, margin.terms.quote.currency
        return self._quote_value(margin, base, margin.net(base)) + margin.net(quote)

    def debt_value(self, margin: MarginAccount) -> Decimal:
        """Everything owed, valued in the quote currency."""
        base, quote = margin.terms.base.currency, margin.terms.quote.currency
        return self._quote_value(margin, base, margin.debt(base)) + margin.debt(quote)

    def capacity(self, margin: MarginAccount) -> Decimal:
        """How much more may be owed, in quote currency: (leverage - 1) x net assets - debt."""
        return self.equity(margin) * (margin.terms.max_leverage - 1) - self.debt_value(margin)

    def borrowable(self, margin: MarginAccount | None, terms: MarginTerms, currency: str) -> Decimal:
        """Return what ``margin`` may borrow of ``currency`` now (zero for an account not opened)."""
        limits = terms.currency(currency)
        if margin is None or not terms.enabled:
            return ZERO
        by_leverage = self.capacity(margin)
        if currency == terms.base.currency:
            by_leverage /= self.price(terms.symbol)
        by_ceiling = limits.max_borrow - margin.principal(limits.currency)
        return max(ZERO, min(by_leverage, by_ceiling)).quantize(QUANTUM, rounding=ROUND_DOWN)

    def risk(self, margin: MarginAccount) -> Risk:
        """Risk rate and level, and the base price at which the rate falls to ``LIQUIDATE_RATE``."""
        base, quote = margin.terms.base.currency, margin.terms.quote.currency
        debt = self.debt_value(margin)
        if debt <= 0:
            return Risk(NO_DEBT_RISK_RATE, "1", ZERO)
        held_base, held_quote = margin.wallet.balance(base).total, margin.wallet.balance(quote).total
        assets = held_base * self.price(margin.symbol) + held_quote
        rate = (assets / debt).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        level = "1" if rate >= _MEDIUM_RISK else "2" if rate >= _HIGH_RISK else "3"
        # Solve base * p + quote = LIQUIDATE_RATE * (base_debt * p + quote_debt) for p.
        slope = held_base - LIQUIDATE_RATE * margin.debt(base)
        offset = LIQUIDATE_RATE * margin.debt(quote) - held_quote
        liquidate = (offset / slope).quantize(QUANTUM, rounding=ROUND_DOWN) if slope else ZERO
        return Risk(rate, level, liquidate)

    def value_in_btc(self, currency: str, amount: Decimal) -> Decimal:
        """``amount`` of ``currency`` valued in BTC at the last prices."""
        market, listed = self._spot.market, self._spot.pairs.by_symbol
        if currency == "BTC":
            return amount
        if f"{currency}_BTC" in listed:
            return amount * market.last_price(f"{currency}_BTC")
        in_usdt = amount if currency == "USDT" else amount * market.last_price(f"{currency}_USDT")
        return in_usdt / market.last_price("BTC_USDT")

    # ---- actions -------------------------------------------------------------------------------
    def transfer(
        self, account: Account, symbol: str, currency: str, amount: Decimal, side: str, now: int
    ) -> str:
        """Move ``amount`` between the spot wallet and the pair's margin account; the transfer id."""
        terms = self.open_terms(symbol)
        code = terms.currency(currency).currency
        amount = _positive(amount)
        if side == "in":
            # A refused transfer must not open the account.
            if amount > account.spot.balance(code).available:
                raise MockError(account.spot.insufficient)
            margin = self.accounts.get((account.uid, terms.symbol)) or self._open(account, terms)
            margin.accrue(now)
            move(account.spot, margin.wallet, code, amount)
        else:
            margin = self.find(account, terms.symbol, now)
            self._check_transfer_out(margin, code, amount)
            move(margin.wallet, account.spot, code, amount)
        return str(self._ids("margin-transfer"))

    def _open(self, account: Account, terms: MarginTerms) -> MarginAccount:
        wallet = account.margin_wallet(terms.symbol)
        wallet.balance(terms.base.currency)
        wallet.balance(terms.quote.currency)
        margin = MarginAccount(account, terms)
        self.accounts[(account.uid, terms.symbol)] = margin
        return margin

    def _check_transfer_out(self, margin: MarginAccount, currency: str, amount: Decimal) -> None:
        # With debt outstanding, what leaves must not take the account past its leverage.
        if self.debt_value(margin) <= 0:
            return
        needed = self._quote_value(margin, currency, amount) * (margin.terms.max_leverage - 1)
        if needed > self.capacity(margin):
            raise MockError(
                "spot_balance_not_enough", "Balance not enough: the debt limits what can be transferred out"
            )

    def borrow(self, account: Account, symbol: str, currency: str, amount: Decimal, now: int) -> Loan:
        """Borrow ``amount`` of ``currency`` into the pair's margin account."""
        margin = self.find(account, symbol, now)
        terms = margin.terms.currency(currency)
        amount = _positive(amount)
        if amount < terms.min_borrow:
            minimum = f"{terms.min_borrow} {terms.currency}"
            raise MockError(
                "margin_borrow_below_minimum", f"Less than the minimum borrowable amount: {minimum}"
            )
        if amount > self.borrowable(margin, margin.terms, terms.currency):
            raise MockError("margin_borrow_above_maximum")
        loan = Loan(
            borrow_id=str(self._ids("margin-borrow")),
            symbol=margin.symbol,
            currency=terms.currency,
            amount=amount,
            daily_interest=terms.daily_interest,
            hourly_interest=terms.hourly_interest,
            create_time=now,
            principal_unpaid=amount,
        )
        loan.accrue(now)
        margin.loans.append(loan)
        move(self._house.lending, margin.wallet, terms.currency, amount)
        return loan

    def repay(self, account: Account, symbol: str, currency: str, amount: Decimal, now: int) -> RepayRecord:
        """Repay ``amount`` of ``currency`` from the margin account: interest first, then principal."""
        margin = self.find(account, symbol, now)
        code = margin.terms.currency(currency).currency
        amount = _positive(amount)
        owed = margin.debt(code)
        if owed <= 0:
            raise MockError("margin_no_borrowing")
        if amount > owed:
            raise MockError(
                "margin_repay_above_debt", f"Exceeds the amount to be repaid: {owed} {code} is owed"
            )
        if amount > margin.wallet.balance(code).available:
            raise MockError(margin.wallet.insufficient)
        loans = [loan for loan in margin.loans if loan.currency == code]
        interest = _pay(loans, amount, "interest_unpaid")
        principal = _pay(loans, amount - interest, "principal_unpaid")
        move(margin.wallet, self._house.fees, code, interest)
        move(margin.wallet, self._house.lending, code, principal)
        repay_id = str(self._ids("margin-repay"))
        record = RepayRecord(repay_id, margin.symbol, code, principal, interest, now)
        margin.repays.append(record)
        return record

    def place_order(
        self, account: Account, symbol: str, terms: OrderTerms, *, client_order_id: str, now: int
    ) -> SpotOrder:
        """Place an order that trades with the margin account's wallet."""
        margin = self.find(account, symbol, now)
        return self._spot.place(
            account,
            margin.symbol,
            terms,
            client_order_id=client_order_id,
            order_mode="iso_margin",
            wallet=margin.wallet,
            now=now,
        )


def _pay(loans: list[Loan], amount: Decimal, attribute: str) -> Decimal:
    """Pay ``amount`` off ``attribute`` of ``loans``, oldest first; return what was used."""
    used = ZERO
    for loan in loans:
        owed: Decimal = getattr(loan, attribute)
        part = min(owed, amount - used)
        if part <= 0:
            continue
        setattr(loan, attribute, owed - part)
        used += part
    return used
