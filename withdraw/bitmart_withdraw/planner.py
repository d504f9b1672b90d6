"""The sans-IO planner: a snapshot and the destinations in, a :class:`~.plan.Plan` out.

It walks the steps in the order :mod:`bitmart_withdraw.plan` describes over a ledger of what
each place (wallet, margin account, Earn position) holds, so that each step moves what the
earlier ones left there. A blocked step moves nothing: its amount is *left* where it is; what is
too small to move or withdraw stays as *dust*. Nothing here sends a request.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal

from ._amounts import MAX_WITHDRAWALS, TRANSFER_PLACES, round_down, split_withdrawals
from ._whitelist import Refusal, whitelisted
from .destinations import Destination
from .plan import DUST_BLOCKERS, Blocker, CurrencySummary, Plan, PlanOptions, Step, StepKind
from .snapshot import MAIN, ZERO, Channel, EarnPosition, MarginPair, MarginSide, Snapshot, WithdrawTerms

SPOT = "main spot"
FUTURES = "main futures"
FUND = "main fund"
FUTURES_CURRENCY = "USDT"
"""The only currency BitMart's futures transfers move."""
FUTURES_MIN_TRANSFER = Decimal("0.01")
"""``transfer_spot_futures`` takes amounts from 0.01."""


def place_of(account: str, wallet: str) -> str:
    """The ledger name of a wallet: ``main spot``, ``sub desk-a@example.com futures``."""
    return f"{account} {wallet}" if account == MAIN else f"sub {account} {wallet}"


def _day(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


class _Ledger:
    """What each place holds that can still move, and what the plan leaves behind."""

    def __init__(self) -> None:
        self.free: dict[tuple[str, str], Decimal] = {}
        self.left: dict[str, Decimal] = {}

    def get(self, place: str, currency: str) -> Decimal:
        return self.free.get((place, currency), ZERO)

    def add(self, place: str, currency: str, amount: Decimal) -> None:
        self.free[(place, currency)] = self.get(place, currency) + amount

    def take(self, place: str, currency: str, amount: Decimal) -> None:
        if amount > self.get(place, currency):
            raise AssertionError(f"plan takes {amount} {currency} from {place}, which holds less")
        self.add(place, currency, -amount)

    def strand(self, place: str, currency: str, amount: Decimal) -> None:
        """Keep ``amount`` where it is: a blocker stops it."""
        self.take(place, currency, amount)
        self.leave(currency, amount)

    def leave(self, currency: str, amount: Decimal) -> None:
        self.left[currency] = self.left.get(currency, ZERO) + amount

    def currencies(self, place: str) -> list[str]:
        return sorted(c for (p, c), amount in self.free.items() if p == place and amount > 0)

    def dust(self) -> dict[str, Decimal]:
        found: dict[str, Decimal] = {}
        for (_, currency), amount in self.free.items():
            found[currency] = found.get(currency, ZERO) + amount
        return found


@dataclasses.dataclass(frozen=True)
class _Route:
    """A usable way out for one currency."""

    channel: Channel
    terms: WithdrawTerms
    destination: Destination


class _Book:
    """The steps so far, the ledger they move, and what stays."""

    def __init__(self) -> None:
        self.ledger = _Ledger()
        self.steps: list[Step] = []
        self.held: list[tuple[str, str, Decimal]] = []
        self.notes: dict[str, list[str]] = {}
        self.withdrawn: dict[str, Decimal] = {}
        self.fees: dict[str, Decimal] = {}

    def load(self, snapshot: Snapshot) -> None:
        for holding in snapshot.holdings:
            place = place_of(holding.account, holding.wallet)
            self.ledger.add(place, holding.currency, holding.available)
            self.hold(place, holding.currency, holding.held)
        for pair in snapshot.margin:
            for side in pair.sides:
                self.ledger.add(f"margin {pair.symbol}", side.currency, side.available)
                self.hold(f"margin {pair.symbol}", side.currency, side.held)
        for position in snapshot.earn:
            if position.principal is not None:
                self.ledger.add(f"earn {position.earn_id}", position.currency, position.principal)

    def hold(self, place: str, currency: str, amount: Decimal) -> None:
        if amount > 0:
            self.held.append((place, currency, amount))
            self.ledger.leave(currency, amount)

    def add(
        self,
        kind: StepKind,
        source: str,
        target: str,
        currency: str,
        amount: Decimal,
        *,
        fee: Decimal = ZERO,
        params: Mapping[str, str] | None = None,
        blockers: Sequence[Blocker] = (),
        transfer: bool = False,
    ) -> Step:
        """The next step of the plan.

        The ledger follows a ``transfer`` unless it is blocked (a blocker other than dust strands
        its amount); other steps leave the ledger to their caller.
        """
        step_id = str(len(self.steps) + 1)
        step = Step(step_id, kind, source, target, currency, amount, fee, params or {}, tuple(blockers))
        self.steps.append(step)
        if not transfer:
            return step
        if step.runnable:
            self.ledger.take(source, currency, amount)
            self.ledger.add(target, currency, amount)
        elif not {blocker.code for blocker in step.blockers} <= DUST_BLOCKERS:
            self.ledger.strand(source, currency, amount)
        return step

    def finish(self, snapshot: Snapshot) -> Plan:
        for place, currency, amount in self.held:
            message = f"held by open orders, positions or other holds in {place}; release them and rerun"
            self.add(StepKind.HELD, place, place, currency, amount, blockers=(Blocker("held", message),))
        totals, dust, left = snapshot.totals(), self.ledger.dust(), self.ledger.left
        currencies = sorted(set(totals) | set(dust) | set(left) | set(self.withdrawn))
        summaries = tuple(
            CurrencySummary(
                currency,
                totals.get(currency, ZERO),
                self.withdrawn.get(currency, ZERO),
                self.fees.get(currency, ZERO),
                dust.get(currency, ZERO),
                left.get(currency, ZERO),
                tuple(self.notes.get(currency, ())),
            )
            for currency in currencies
        )
        return Plan(snapshot.taken_at_ms, tuple(self.steps), summaries)


class _Consolidation:
    """Steps 1 to 5: everything to the main spot wallet."""

    def __init__(self, snapshot: Snapshot, options: PlanOptions, book: _Book) -> None:
        self.snapshot = snapshot
        self.options = options
        self.book = book
        self.ledger = book.ledger

    def earn(self) -> None:
        for position in sorted(self.snapshot.earn, key=lambda p: (p.fixed, p.earn_id)):
            place = f"earn {position.earn_id}"
            params = {"earn_id": position.earn_id, "product_id": position.product_id}
            kind = StepKind.EARN_FIXED if position.fixed else StepKind.EARN_FLEXIBLE
            if position.principal is None:
                reason = position.unknown_reason or "its amount is not known"
                self.book.notes.setdefault(position.currency, []).append(
                    f"Earn position {position.earn_id}: {reason}"
                )
                blocker = Blocker("earn_amount_unknown", reason)
                self.book.add(kind, place, SPOT, position.currency, ZERO, params=params, blockers=(blocker,))
                continue
            # A flexible redemption sends its amount (8 places at most); a fixed one ends the whole position.
            amount = position.principal if position.fixed else round_down(position.principal, TRANSFER_PLACES)
            if amount > 0:
                blockers = self.earn_blockers(position)
                self.book.add(
                    kind,
                    place,
                    SPOT,
                    position.currency,
                    amount,
                    params=params,
                    blockers=blockers,
                    transfer=True,
                )

    def earn_blockers(self, position: EarnPosition) -> list[Blocker]:
        if not position.fixed or position.matures_ms is None:
            return []
        when = _day(position.matures_ms)
        if position.matures_ms <= self.snapshot.taken_at_ms:
            return [Blocker("earn_maturing", f"matured {when}; BitMart is paying it out, rerun later")]
        if not self.options.redeem_early:
            message = f"locked until {when}; --redeem-early ends it now and gives up its interest"
            return [Blocker("earn_locked", message)]
        return []

    def sub_accounts(self) -> None:
        keys = sorted(
            {(h.account, h.wallet, h.currency) for h in self.snapshot.holdings if h.account != MAIN}
        )
        for account, wallet, currency in keys:
            source = place_of(account, wallet)
            amount = round_down(self.ledger.get(source, currency), TRANSFER_PLACES)
            if amount <= 0 or wallet not in ("spot", "futures"):
                continue
            params = {"sub_account": account}
            if wallet == "spot":
                self.book.add(StepKind.SUB_SPOT, source, SPOT, currency, amount, params=params, transfer=True)
            else:
                blockers = [] if currency == FUTURES_CURRENCY else [_futures_only(currency)]
                self.book.add(
                    StepKind.SUB_FUTURES,
                    source,
                    FUTURES,
                    currency,
                    amount,
                    params=params,
                    blockers=blockers,
                    transfer=True,
                )

    def futures(self) -> None:
        for currency in self.ledger.currencies(FUTURES):
            amount = round_down(self.ledger.get(FUTURES, currency), TRANSFER_PLACES)
            blockers: list[Blocker] = []
            if currency != FUTURES_CURRENCY:
                blockers.append(_futures_only(currency))
            elif amount < FUTURES_MIN_TRANSFER:
                message = f"{amount} is below the smallest futures transfer ({FUTURES_MIN_TRANSFER})"
                blockers.append(Blocker("below_transfer_minimum", message))
            if amount > 0:
                self.book.add(
                    StepKind.FUTURES, FUTURES, SPOT, currency, amount, blockers=blockers, transfer=True
                )

    def fund(self) -> None:
        for currency in self.ledger.currencies(FUND):
            amount = round_down(self.ledger.get(FUND, currency), TRANSFER_PLACES)
            if amount > 0:
                self.book.add(StepKind.FUND, FUND, SPOT, currency, amount, transfer=True)

    def margin(self) -> None:
        for pair in sorted(self.snapshot.margin, key=lambda p: p.symbol):
            place, params = f"margin {pair.symbol}", {"symbol": pair.symbol}
            repaid = [self.repay(pair, side) for side in pair.sides if side.debt > 0]
            unpaid = Blocker("loan_outstanding", f"a loan of {pair.symbol} stays unpaid")
            for side in pair.sides:
                amount = round_down(self.ledger.get(place, side.currency), TRANSFER_PLACES)
                if amount > 0:
                    blockers = [] if all(repaid) else [unpaid]
                    self.book.add(
                        StepKind.MARGIN_OUT,
                        place,
                        SPOT,
                        side.currency,
                        amount,
                        params=params,
                        blockers=blockers,
                        transfer=True,
                    )

    def repay(self, pair: MarginPair, side: MarginSide) -> bool:
        """Plan the repayment of one side's loan (topped up from spot if needed); whether it can be."""
        place, currency, params = f"margin {pair.symbol}", side.currency, {"symbol": pair.symbol}
        have = self.ledger.get(place, currency)
        if side.debt > have:
            spot = self.ledger.get(SPOT, currency)
            if spot < side.debt - have:
                message = f"owes {side.debt} {currency}; the margin account holds {have} and spot {spot}"
                blocker = Blocker("loan_unrepayable", message)
                self.book.add(
                    StepKind.MARGIN_REPAY,
                    place,
                    "loan",
                    currency,
                    side.debt,
                    params=params,
                    blockers=(blocker,),
                )
                self.ledger.leave(currency, -side.debt)
                return False
            self.book.add(
                StepKind.MARGIN_TOP_UP, SPOT, place, currency, side.debt - have, params=params, transfer=True
            )
        self.book.add(StepKind.MARGIN_REPAY, place, "loan", currency, side.debt, params=params)
        self.ledger.take(place, currency, side.debt)
        return True


class _Exits:
    """Step 6: each currency from the main spot wallet to its destination."""

    def __init__(self, snapshot: Snapshot, destinations: Mapping[str, Destination], book: _Book) -> None:
        self.snapshot = snapshot
        self.destinations = destinations
        self.book = book
        self.ledger = book.ledger
        quotas = [terms.quota_btc for terms in snapshot.terms.values()]
        self.quota_left: Decimal | None = min(quotas) if quotas else None

    def withdrawals(self) -> None:
        for currency in self.ledger.currencies(SPOT):
            self.withdraw(currency)

    def withdraw(self, currency: str) -> None:
        available = self.ledger.get(SPOT, currency)
        destination = self.destinations.get(currency)
        route = self.route(currency, destination)
        if not isinstance(route, _Route):
            target = destination.address if destination else "(no destination)"
            self.book.add(StepKind.WITHDRAW, SPOT, target, currency, available, blockers=tuple(route))
            self.ledger.strand(SPOT, currency, available)
            return
        terms, target, params = route.terms, route.destination.address, _withdraw_params(route)
        amounts, rest = split_withdrawals(available, terms, route.channel.max_withdraw)
        if not amounts:
            message = (
                f"{available} is below the minimum withdrawal {terms.min_withdraw} plus the fee {terms.fee}"
            )
            blocker = Blocker("below_minimum", message)
            self.book.add(
                StepKind.WITHDRAW, SPOT, target, currency, available, params=params, blockers=(blocker,)
            )
            return
        for amount in amounts:
            blockers = tuple(self.quota(currency, amount))
            self.book.add(
                StepKind.WITHDRAW,
                SPOT,
                target,
                currency,
                amount,
                fee=terms.fee,
                params=params,
                blockers=blockers,
            )
            if blockers:
                self.ledger.strand(SPOT, currency, amount + terms.fee)
                continue
            self.ledger.take(SPOT, currency, amount + terms.fee)
            self.book.withdrawn[currency] = self.book.withdrawn.get(currency, ZERO) + amount
            self.book.fees[currency] = self.book.fees.get(currency, ZERO) + terms.fee
        if len(amounts) == MAX_WITHDRAWALS and rest >= terms.min_withdraw + terms.fee:
            message = f"more than {MAX_WITHDRAWALS} withdrawals needed; rerun once these are done"
            blocker = Blocker("too_many_withdrawals", message)
            self.book.add(StepKind.WITHDRAW, SPOT, target, currency, rest, params=params, blockers=(blocker,))
            self.ledger.strand(SPOT, currency, rest)

    def route(self, currency: str, destination: Destination | None) -> _Route | list[Blocker]:
        """The channel, terms and destination of a currency's withdrawal, or what prevents it."""
        if destination is None:
            return [Blocker("no_destination", f"no destination for {currency} in the destinations file")]
        offered = [c for c in self.snapshot.channels if c.currency == currency]
        chosen = [c for c in offered if c.network.upper() == destination.network.upper()]
        if len(chosen) != 1:
            networks = ", ".join(sorted(c.network for c in offered)) or "no network"
            return [
                Blocker(
                    "network_unknown", f"BitMart offers {currency} on {networks}, not {destination.network}"
                )
            ]
        channel = chosen[0]
        blockers = []
        if not channel.withdraw_enabled:
            open_networks = sorted(c.network for c in offered if c.withdraw_enabled)
            also = f" (open: {', '.join(open_networks)})" if open_networks else ""
            blockers.append(Blocker("withdrawals_closed", f"withdrawals of {channel.code} are closed{also}"))
        allowed = whitelisted(self.snapshot.whitelist, channel, destination.address, destination.memo)
        if isinstance(allowed, Refusal):
            blockers.append(Blocker(allowed.code, allowed.message))
        terms = self.snapshot.terms.get(channel.code)
        if terms is None:
            reason = self.snapshot.terms_errors.get(channel.code, "not read")
            blockers.append(Blocker("terms_unavailable", f"withdrawal terms of {channel.code}: {reason}"))
        if blockers or terms is None:
            return blockers
        minimum = max(terms.min_withdraw, channel.min_withdraw or ZERO)
        fee = max(terms.fee, channel.fee or ZERO)
        return _Route(channel, dataclasses.replace(terms, min_withdraw=minimum, fee=fee), destination)

    def quota(self, currency: str, amount: Decimal) -> list[Blocker]:
        """Count a withdrawal against today's quota (valued in BTC); a blocker if it does not fit."""
        if self.quota_left is None:
            return []
        rate = Decimal(1) if currency == "BTC" else self.snapshot.btc_rates.get(currency)
        if rate is None:
            return [
                Blocker(
                    "no_valuation", f"no BTC price for {currency}: cannot count it against the daily quota"
                )
            ]
        value = amount * rate
        if value > self.quota_left:
            message = (
                f"worth {round_down(value, 8)} BTC, above the {round_down(self.quota_left, 8)} BTC left of "
                "today's withdrawal quota; rerun tomorrow"
            )
            return [Blocker("above_quota", message)]
        self.quota_left -= value
        return []


def _futures_only(currency: str) -> Blocker:
    return Blocker("futures_currency", f"BitMart's futures transfers move only USDT, not {currency}")


def _withdraw_params(route: _Route) -> dict[str, str]:
    return {
        "channel": route.channel.code,
        "network": route.channel.network,
        "address": route.destination.address,
        "memo": route.destination.memo,
    }


def make_plan(
    snapshot: Snapshot, destinations: Mapping[str, Destination], options: PlanOptions | None = None
) -> Plan:
    """Plan how to move every asset of ``snapshot`` out to ``destinations``; no I/O."""
    book = _Book()
    book.load(snapshot)
    consolidation = _Consolidation(snapshot, options or PlanOptions(), book)
    consolidation.earn()
    consolidation.sub_accounts()
    consolidation.futures()
    consolidation.fund()
    consolidation.margin()
    _Exits(snapshot, destinations, book).withdrawals()
    return book.finish(snapshot)


__all__ = ["FUND", "FUTURES", "SPOT", "make_plan", "place_of"]
