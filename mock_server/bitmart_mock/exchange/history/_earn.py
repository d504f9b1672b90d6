"""Earn of the main account: flexible savings paid daily, fixed terms held to maturity or left early.

Flexible positions (USDT, BTC, ETH) are paid their interest every day until they are redeemed;
USDT is topped up once and taken out in parts, and one USDT position is still open at the end.
Fixed terms of 30, 60 and 90 days are subscribed through the trading months and pay principal
and interest at maturity, except one left early (principal only). Subscriptions stop with
trading; interest and redemptions go on after it.
"""

from __future__ import annotations

from decimal import Decimal

from ..earn import PRODUCTS, Position
from ._timeline import DAY_MS, Action
from ._year import Year

_FLEXIBLE = (("1001", "20000", 0.01), ("1002", "0.5", 0.05), ("1003", "6", 0.1), ("1001", "5000", 0.45))
"""Flexible subscriptions: product, amount, and when (share of the trading months)."""
_FIXED = (
    ("2001", "3000", 0.05), ("2003", "0.2", 0.12), ("2001", "2500", 0.2), ("2002", "8000", 0.25),
    ("2001", "4000", 0.4), ("2001", "1500", 0.55), ("2002", "6000", 0.6), ("2001", "2000", 0.8),
)  # fmt: skip
"""Fixed-term subscriptions: product, amount, and when."""
_EARLY_EXIT = 6
"""The fixed subscription (by index) that is left before maturity."""


class Saver:
    """Plans the main account's Earn activity."""

    def __init__(self, year: Year) -> None:
        self._year = year
        self._dice = year.dice("earn")
        self._earn = year.exchange.earn

    def plan(self) -> None:
        """Plan the subscriptions; each plans its own interest, redemptions and maturity."""
        calendar, timeline = self._year.calendar, self._year.timeline
        for kind, plans in (("flexible", _FLEXIBLE), ("fixed", _FIXED)):
            for index, (product_id, amount, share) in enumerate(plans):
                when = self._dice.moment(calendar.at(share), 0, 20)
                if when < calendar.stop:  # no subscription once trading has stopped
                    subscribe = self._subscribe(product_id, Decimal(amount), index)
                    timeline.at(when, f"earn {kind} subscription", subscribe)

    def _subscribe(self, product_id: str, amount: Decimal, index: int) -> Action:
        def subscribe(now: int) -> None:
            main, product = self._year.main, PRODUCTS[product_id]
            if main.spot.balance(product.coin).available < 2 * amount:
                return
            earn_id = self._earn.subscribe(main, product, amount, self._year.request_no(), now=now)
            position = self._earn.positions[earn_id]
            if product.lock_days:
                self._plan_fixed(position, index)
            else:
                self._plan_flexible(position, index)

        return subscribe

    def _plan_fixed(self, position: Position, index: int) -> None:
        timeline = self._year.timeline
        if index == _EARLY_EXIT:
            timeline.at(
                position.since + 17 * DAY_MS + self._dice.randrange(DAY_MS),
                "earn early exit",
                self._leave(position),
            )
        else:
            # Matured positions are paid when Earn next runs; this event is that moment.
            timeline.at(position.matures, "earn maturity", lambda now: None)

    def _leave(self, position: Position) -> Action:
        def leave(now: int) -> None:
            if position.open:
                self._earn.redeem(position, position.amount, self._year.request_no(), forfeit=True, now=now)

        return leave

    def _plan_flexible(self, position: Position, index: int) -> None:
        calendar, timeline = self._year.calendar, self._year.timeline
        timeline.at(position.since + DAY_MS, "earn interest", self._daily(position))
        if position.product.coin != "USDT":
            # Taken out in full some weeks after trading stopped.
            when = calendar.stop + self._dice.randrange(10 * DAY_MS, 60 * DAY_MS) if index == 2 else None
            if when is not None and when < calendar.end:
                timeline.at(when, "earn redemption", self._redeem(position, Decimal(1)))
            return
        for _ in range(3 if index == 0 else 1):
            when = position.since + self._dice.randrange(20 * DAY_MS, 300 * DAY_MS)
            if when < calendar.end:
                timeline.at(
                    when,
                    "earn redemption",
                    self._redeem(position, Decimal(repr(self._dice.uniform(0.1, 0.4)))),
                )

    def _daily(self, position: Position) -> Action:
        """Pay a day's interest, and plan the next day's while the position is open and the year lasts."""

        def pay(now: int) -> None:
            if not position.open:
                return
            self._earn.pay_interest(position, now)
            if position.since + DAY_MS < self._year.calendar.end:
                self._year.timeline.at(position.since + DAY_MS, "earn interest", pay)

        return pay

    def _redeem(self, position: Position, share: Decimal) -> Action:
        def redeem(now: int) -> None:
            if not position.open:
                return
            places = Decimal("0.01") if position.product.coin == "USDT" else Decimal("0.000001")
            amount = position.amount if share == 1 else (position.amount * share).quantize(places)
            self._earn.redeem(position, amount, self._year.request_no(), now=now)

        return redeem


__all__ = ["Saver"]
