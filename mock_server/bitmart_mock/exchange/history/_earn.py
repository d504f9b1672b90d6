"""Earn of the main account: flexible savings paid daily, fixed terms held to maturity or left early.

Flexible positions (USDT, BTC, ETH) are paid their interest every day until they are redeemed:
a first USDT position is taken out in parts and then in full, and a second one replaces it; ETH
is taken out some weeks after trading stopped; USDT and BTC are still saved at the end. There
is never more than one position of a product at a time (BitMart keeps one per product). Fixed
terms of 30, 60 and 90 days are subscribed through the trading months and pay principal and
interest at maturity, except one left early (principal only). Subscriptions stop with trading;
interest and redemptions go on after it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from ..earn import PRODUCTS, Position
from ._timeline import DAY_MS, Action
from ._year import Planner


class _Flexible(NamedTuple):
    """One flexible subscription and how it ends."""

    product_id: str
    amount: str
    opens: float
    """When it is subscribed (share of the trading months)."""
    closes: float | None = None
    """When it is taken out in full (share of the trading months; ``None``: not while trading)."""
    days_after_stop: int | None = None
    """Or: taken out in full this many days after trading stopped."""
    parts: int = 0
    """Redemptions of a part before that (or before the year ends)."""


_FLEXIBLE = (
    _Flexible("1001", "20000", 0.01, closes=0.43, parts=3),
    _Flexible("1002", "0.5", 0.05),
    _Flexible("1003", "6", 0.1, days_after_stop=35),
    _Flexible("1001", "12000", 0.45, parts=2),
)
_FIXED = (
    ("2001", "3000", 0.05), ("2003", "0.2", 0.12), ("2001", "2500", 0.2), ("2002", "8000", 0.25),
    ("2001", "4000", 0.4), ("2001", "1500", 0.55), ("2002", "6000", 0.6), ("2001", "2000", 0.8),
)  # fmt: skip
"""Fixed-term subscriptions: product, amount, and when (share of the trading months); none overlap
another of the same product."""
_EARLY_EXIT = 6
"""The fixed subscription (by index) that is left before maturity."""


class Saver(Planner):
    """Plans the main account's Earn activity."""

    topic = "earn"

    def plan(self) -> None:
        """Plan the subscriptions; each plans its own interest, redemptions and maturity."""
        calendar, timeline = self._year.calendar, self._year.timeline
        for flexible in _FLEXIBLE:
            when = self._dice.moment(calendar.at(flexible.opens), 0, 20)
            if when < calendar.stop:  # no subscription once trading has stopped
                subscribe = self._subscribe(flexible.product_id, Decimal(flexible.amount), flexible)
                timeline.at(when, "earn flexible subscription", subscribe)
        for index, (product_id, amount, share) in enumerate(_FIXED):
            when = self._dice.moment(calendar.at(share), 0, 20)
            if when < calendar.stop:
                timeline.at(
                    when, "earn fixed subscription", self._subscribe(product_id, Decimal(amount), index)
                )

    def _subscribe(self, product_id: str, amount: Decimal, plan: _Flexible | int) -> Action:
        def subscribe(now: int) -> None:
            main, product = self._year.main, PRODUCTS[product_id]
            if main.spot.balance(product.coin).available < 2 * amount:
                return
            earn_id = self._exchange.earn.subscribe(main, product, amount, self._year.request_no(), now=now)
            position = self._exchange.earn.positions[earn_id]
            if isinstance(plan, _Flexible):
                self._plan_flexible(position, plan)
            else:
                self._plan_fixed(position, plan)

        return subscribe

    def _plan_fixed(self, position: Position, index: int) -> None:
        timeline = self._year.timeline
        if index == _EARLY_EXIT:
            when = position.since + 17 * DAY_MS + self._dice.randrange(DAY_MS)
            timeline.at(when, "earn early exit", self._leave(position))
        else:
            # Matured positions are paid when Earn next runs; this event is that moment.
            timeline.at(position.matures, "earn maturity", lambda now: None)

    def _leave(self, position: Position) -> Action:
        def leave(now: int) -> None:
            if position.open:
                self._exchange.earn.redeem(
                    position, position.amount, self._year.request_no(), forfeit=True, now=now
                )

        return leave

    def _plan_flexible(self, position: Position, plan: _Flexible) -> None:
        calendar, timeline, dice = self._year.calendar, self._year.timeline, self._dice
        timeline.at(position.since + DAY_MS, "earn interest", self._daily(position))
        closes = None
        if plan.closes is not None:
            closes = dice.moment(calendar.at(plan.closes))
        elif plan.days_after_stop is not None:
            closes = dice.moment(calendar.stop + plan.days_after_stop * DAY_MS)
        if closes is not None:
            timeline.at(closes, "earn redemption", self._redeem(position, Decimal(1)))
        last = calendar.end if closes is None else closes
        for _ in range(plan.parts):
            if position.since + 10 * DAY_MS < last:
                share = Decimal(repr(dice.uniform(0.1, 0.4)))
                when = dice.randrange(position.since + 10 * DAY_MS, last)
                timeline.at(when, "earn redemption", self._redeem(position, share))

    def _daily(self, position: Position) -> Action:
        """Pay a day's interest, and plan the next day's while the position is open and the year lasts."""

        def pay(now: int) -> None:
            if not position.open:
                return
            self._exchange.earn.pay_interest(position, now)
            self._year.timeline.at(position.since + DAY_MS, "earn interest", pay)

        return pay

    def _redeem(self, position: Position, share: Decimal) -> Action:
        def redeem(now: int) -> None:
            if not position.open:
                return
            places = Decimal("0.01") if position.product.coin == "USDT" else Decimal("0.000001")
            amount = position.amount if share == 1 else (position.amount * share).quantize(places)
            self._exchange.earn.redeem(position, amount, self._year.request_no(), now=now)

        return redeem


__all__ = ["Saver"]
