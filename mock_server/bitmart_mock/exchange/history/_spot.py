"""Spot trading of the main account: a few orders a day on the four pairs, of every type.

Market orders and limit orders at the touch fill against the market maker's book (often in
several fills); IOC orders at the touch may fill in part; limit and maker-only orders placed away
from the price rest until the user cancels them. One busy week of small market orders puts more
orders and fills in one window than a capped answer holds. Now and then a trigger order is
placed far from the price and withdrawn later. The spot book is today's, so spot prices stay
around today's (unlike futures, whose past prices follow a walk).
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from ..spot_book import OrderTerms, SpotOrder
from ..spot_pairs import SpotPair
from ._timeline import DAY_MS, MINUTE_MS
from ._year import Planner

_PAIRS = ("BTC_USDT",) * 9 + ("ETH_USDT",) * 6 + ("BMX_USDT",) * 3 + ("ETH_BTC",) * 2
_BUDGETS = {"USDT": (15.0, 2500.0, 2), "BTC": (0.0005, 0.04, 6)}
"""What one order is worth in its quote currency: (smallest, largest, decimals)."""
BURST_ORDERS = 260
"""Orders of the busy week: more than the 200 rows a spot list answers with."""
_BURST_GAP_MS = 37 * MINUTE_MS


class SpotTrader(Planner):
    """Plans and places the main account's spot orders."""

    topic = "spot"

    def plan(self) -> None:
        """Plan the year's orders, the busy week and the trigger orders."""
        year, dice = self._year, self._dice
        for day in year.calendar.trading_days():
            for _ in range(dice.choice((2, 3, 3, 4, 4, 5, 6))):
                year.timeline.at(dice.moment(day, 0, 23), "spot order", self._order)
            if dice.random() < 0.15:
                year.timeline.at(dice.moment(day, 0, 23), "spot trigger order", self._trigger_order)
        busy = year.calendar.at(0.4)
        if busy + (BURST_ORDERS + 1) * _BURST_GAP_MS >= year.calendar.stop:
            return  # too few trading days for a busy week
        for index in range(BURST_ORDERS):
            when = busy + index * _BURST_GAP_MS + dice.randrange(5 * MINUTE_MS)
            year.timeline.at(when, "spot busy-week order", self._small_order)

    # ---- the orders ----------------------------------------------------------------------------
    def _order(self, now: int) -> None:
        dice = self._dice
        pair = self._exchange.spot.pair(dice.choice(_PAIRS))
        low, high, places = _BUDGETS[pair.quote]
        budget = dice.amount(low, high, places)
        side = self._side(pair, budget)
        if side is None:
            return
        kind = dice.random()
        if kind < 0.45:
            self._market(pair, side, budget, now)
        elif kind < 0.6:
            self._limit(pair, side, budget, self._touch(pair, side, 2), "limit", now)
        elif kind < 0.67:
            self._limit(pair, side, budget, self._touch(pair, side, 0), "ioc", now)
        else:
            away = Decimal(repr(1 + dice.uniform(0.004, 0.05) * (-1 if side == "buy" else 1)))
            price = (self._exchange.spot.market.last_price(pair.symbol) * away).quantize(
                pair.tick, rounding=ROUND_DOWN
            )
            order = self._limit(pair, side, budget, price, "limit_maker" if kind > 0.92 else "limit", now)
            if order is not None and order.is_open:
                self._plan_cancel(order, now + dice.randrange(15 * MINUTE_MS, 5 * DAY_MS))

    def _small_order(self, now: int) -> None:
        """One order of the busy week: a small market buy or sell of BTC."""
        pair = self._exchange.spot.pair("BTC_USDT")
        budget = self._dice.amount(20, 80, 2)
        self._market(pair, "buy" if self._dice.random() < 0.5 else "sell", budget, now)

    def _side(self, pair: SpotPair, budget: Decimal) -> str | None:
        """Buy or sell, as the dice say, unless the wallet cannot pay for it (then the other side)."""
        wallet = self._year.main.spot
        price = self._exchange.spot.market.last_price(pair.symbol)
        can = {
            "buy": wallet.balance(pair.quote).available >= 2 * budget,
            "sell": wallet.balance(pair.base).available * price >= 2 * budget,
        }
        wanted = "buy" if self._dice.random() < 0.5 else "sell"
        other = "sell" if wanted == "buy" else "buy"
        return wanted if can[wanted] else other if can[other] else None

    def _touch(self, pair: SpotPair, side: str, ticks: int) -> Decimal:
        """The best price on the other side of the book, ``ticks`` further (a limit that takes)."""
        book = self._exchange.spot.books[pair.symbol]
        best = book.levels("sell" if side == "buy" else "buy", 1)[0][0]
        return best + pair.tick * ticks * (1 if side == "buy" else -1)

    def _market(self, pair: SpotPair, side: str, budget: Decimal, now: int) -> None:
        main = self._year.main
        if side == "buy":
            self._exchange.spot.place(main, pair.symbol, OrderTerms(side, "market", notional=budget), now=now)
            return
        size = self._size(pair, budget, self._exchange.spot.market.last_price(pair.symbol))
        if size is not None:
            self._exchange.spot.place(main, pair.symbol, OrderTerms(side, "market", size=size), now=now)

    def _limit(
        self, pair: SpotPair, side: str, budget: Decimal, price: Decimal, order_type: str, now: int
    ) -> SpotOrder | None:
        size = self._size(pair, budget, price)
        if size is None:
            return None
        client_id = self._year.client_id("s") if self._dice.random() < 0.5 else ""
        terms = OrderTerms(side, order_type, size=size, price=price)
        return self._exchange.spot.place(
            self._year.main, pair.symbol, terms, client_order_id=client_id, now=now
        )

    @staticmethod
    def _size(pair: SpotPair, budget: Decimal, price: Decimal) -> Decimal | None:
        size = (budget / price).quantize(pair.size_step, rounding=ROUND_DOWN)
        return size if size >= pair.min_size and size * price >= pair.min_notional else None

    def _plan_cancel(self, order: SpotOrder, when: int) -> None:
        def cancel(now: int) -> None:
            if order.is_open:
                self._exchange.spot.cancel(order, now=now)

        self._year.timeline.at(min(when, self._year.calendar.stop - MINUTE_MS), "spot cancel", cancel)

    # ---- trigger orders ------------------------------------------------------------------------
    def _trigger_order(self, now: int) -> None:
        """A buy that waits for a fall of a tenth or more, withdrawn after some days."""
        dice = self._dice
        pair = self._exchange.spot.pair(dice.choice(("BTC_USDT", "ETH_USDT")))
        trigger = (
            self._exchange.spot.market.last_price(pair.symbol) * Decimal(repr(dice.uniform(0.7, 0.9)))
        ).quantize(pair.tick, rounding=ROUND_DOWN)
        price = (trigger * Decimal("0.995")).quantize(pair.tick, rounding=ROUND_DOWN)
        size = self._size(pair, dice.amount(50, 1500, 2), price)
        if size is None:
            return
        order = self._exchange.spot_algo.place(
            self._year.main, symbol=pair.symbol, side="buy", algo_type="trigger", trigger_price=trigger,
            trigger_type="limit", price=price, size=size, notional=None,
            client_order_id=self._year.client_id("a"), now=now,
        )  # fmt: skip

        def withdraw(at: int) -> None:
            if order.is_open:
                self._exchange.spot_algo.cancel(order, now=at)

        when = min(now + dice.randrange(DAY_MS, 20 * DAY_MS), self._year.calendar.stop - MINUTE_MS)
        self._year.timeline.at(when, "spot trigger cancel", withdraw)


__all__ = ["BURST_ORDERS", "SpotTrader"]
