"""Isolated margin of the main account: episodes of borrowing, trading and repaying.

An episode opens a pair's margin account with USDT from the spot wallet, borrows, trades, and
repays interest and principal (in part a day or two earlier, then the rest), then takes what is
left back to spot. A long borrows USDT to buy the base currency and sells it later; a short
borrows the base currency, sells it, and buys it back to repay. Interest runs by the hour on
the exchange clock in between, so each repayment carries some.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_UP, Decimal

from .._common import EIGHT_PLACES
from ..margin import MarginAccount
from ..spot_book import OrderTerms
from ._timeline import DAY_MS, HOUR_MS, MINUTE_MS, Action
from ._year import Planner, Year

_SYMBOLS = ("BTC_USDT", "BTC_USDT", "ETH_USDT", "BMX_USDT")
_BASE_FEE = Decimal("0.999")
"""What a buy leaves of its size after the fee (paid in the base currency)."""


class MarginTrader(Planner):
    """Plans the main account's margin episodes, each step planning the next."""

    topic = "margin"

    def __init__(self, year: Year) -> None:
        super().__init__(year)
        self._busy: set[str] = set()
        """Pairs with an episode under way (one at a time per pair)."""

    def plan(self) -> None:
        """An episode every one to three weeks while trading lasts."""
        calendar, dice = self._year.calendar, self._dice
        day = calendar.start + dice.randrange(10) * DAY_MS
        while day < calendar.stop - 16 * DAY_MS:
            self._year.timeline.at(dice.moment(day, 1, 20), "margin episode", self._open)
            day += dice.randrange(7, 21) * DAY_MS

    def _open(self, now: int) -> None:
        dice, main = self._dice, self._year.main
        symbol = dice.choice(_SYMBOLS)
        if symbol in self._busy:
            return  # one episode at a time per pair: each takes all that is left when it ends
        self._busy.add(symbol)
        pledge = dice.amount(1500, 6000, 2)
        self._exchange.margin.transfer(main, symbol, "USDT", pledge, "in", now)
        margin = self._exchange.margin.find(main, symbol, now)
        steps = self._long(margin, pledge) if dice.random() < 0.7 else self._short(margin, pledge)
        when = now
        for delay, name, step in steps:
            when += delay
            self._year.timeline.at(when, name, step)

    def _later(self, low_hours: int, high_hours: int) -> int:
        return self._dice.randrange(low_hours * HOUR_MS, high_hours * HOUR_MS)

    # ---- a long: borrow USDT, buy, sell, repay -------------------------------------------------
    def _long(self, margin: MarginAccount, pledge: Decimal) -> list[tuple[int, str, Action]]:
        main, symbol, borrowed = (
            self._year.main,
            margin.symbol,
            (pledge * Decimal("0.6")).quantize(Decimal(1)),
        )
        engine = self._exchange.margin

        def borrow(now: int) -> None:
            engine.borrow(main, symbol, "USDT", borrowed, now)

        def buy(now: int) -> None:
            notional = (margin.wallet.balance("USDT").available * Decimal("0.8")).quantize(Decimal("0.01"))
            self._order(symbol, OrderTerms("buy", "market", notional=notional), now)

        def sell(now: int) -> None:
            self._sell_all(margin, now)
            self._repay(margin, "USDT", now, share=Decimal(repr(self._dice.uniform(0.3, 0.6))))

        def settle(now: int) -> None:
            self._repay(margin, "USDT", now)
            self._withdraw(margin, now)

        return [
            (self._later(0, 1), "margin borrow", borrow),
            (10 * MINUTE_MS, "margin buy", buy),
            (self._later(24, 240), "margin sell and repay", sell),
            (self._later(20, 72), "margin repay", settle),
        ]

    # ---- a short: borrow the base, sell it, buy it back, repay ---------------------------------
    def _short(self, margin: MarginAccount, pledge: Decimal) -> list[tuple[int, str, Action]]:
        main, symbol, engine = self._year.main, margin.symbol, self._exchange.margin
        pair = self._year.exchange.spot.pair(symbol)
        base = pair.base

        def borrow_and_sell(now: int) -> None:
            size = (pledge * Decimal("0.5") / engine.price(symbol)).quantize(
                pair.size_step, rounding=ROUND_DOWN
            )
            engine.borrow(main, symbol, base, size, now)
            self._order(symbol, OrderTerms("sell", "market", size=size), now)

        def buy_back(now: int) -> None:
            engine.find(main, symbol, now)
            owed = margin.debt(base) - margin.wallet.balance(base).available
            size = (owed / _BASE_FEE).quantize(pair.size_step, rounding=ROUND_UP) + pair.size_step
            # Immediate-or-cancel up to the ask level where the book holds enough.
            asks = self._year.exchange.spot.books[symbol].levels("sell", 20)
            depth, price = Decimal(0), asks[-1][0]
            for level_price, level_size in asks:
                depth += level_size
                if depth >= size:
                    price = level_price
                    break
            self._order(symbol, OrderTerms("buy", "ioc", size=size, price=price), now)
            self._repay(margin, base, now)
            self._withdraw(margin, now)

        return [
            (self._later(0, 1), "margin short", borrow_and_sell),
            (self._later(24, 300), "margin buy back and repay", buy_back),
        ]

    # ---- shared steps --------------------------------------------------------------------------
    def _sell_all(self, margin: MarginAccount, now: int) -> None:
        pair = self._year.exchange.spot.pair(margin.symbol)
        size = margin.wallet.balance(pair.base).available.quantize(pair.size_step, rounding=ROUND_DOWN)
        if size >= pair.min_size:
            self._order(margin.symbol, OrderTerms("sell", "market", size=size), now)

    def _order(self, symbol: str, terms: OrderTerms, now: int) -> None:
        """A margin order of the main account (no client order id, as most margin traders send)."""
        self._exchange.margin.place_order(self._year.main, symbol, terms, client_order_id="", now=now)

    def _repay(self, margin: MarginAccount, currency: str, now: int, share: Decimal = Decimal(1)) -> None:
        """Repay ``share`` of the debt in ``currency`` (interest accrued to ``now`` included)."""
        self._exchange.margin.find(self._year.main, margin.symbol, now)
        owed = margin.debt(currency)
        amount = min(owed * share, margin.wallet.balance(currency).available).quantize(
            EIGHT_PLACES, rounding=ROUND_DOWN
        )
        if amount > 0:
            self._exchange.margin.repay(self._year.main, margin.symbol, currency, amount, now)

    def _withdraw(self, margin: MarginAccount, now: int) -> None:
        """Take what is left back to the spot wallet (dust under 8 decimals stays): the episode ends."""
        if self._exchange.margin.debt_value(margin) > 0:
            return  # not all repaid (it never happens with these amounts): the pair stays taken
        self._busy.discard(margin.symbol)
        pair = self._year.exchange.spot.pair(margin.symbol)
        for currency in (pair.quote, pair.base):
            amount = margin.wallet.balance(currency).available.quantize(EIGHT_PLACES, rounding=ROUND_DOWN)
            if amount > 0:
                self._exchange.margin.transfer(self._year.main, margin.symbol, currency, amount, "out", now)


__all__ = ["MarginTrader"]
