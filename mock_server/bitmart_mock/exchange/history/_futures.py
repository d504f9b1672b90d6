"""Futures trading of the main account: positions opened and closed as the past prices move.

Every day or two a position is opened on one of the three contracts, long or short: at the
market, with a limit order that takes, or with a limit order that rests until the price comes to
it (withdrawn if it does not). Some positions get a stop loss and a take profit, which fire when
the price path reaches them; the others are closed at the market or by a resting limit order
some hours or days later. Positions held over a funding time pay or receive funding. One busy
week of small orders puts more orders and fills in one window than a capped answer holds.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from ..futures_contracts import contract
from ..futures_types import FuturesOrder, PositionType, Side
from ._timeline import DAY_MS, HOUR_MS, MINUTE_MS, Action
from ._year import Planner, Year

_CONTRACTS = ("BTCUSDT",) * 11 + ("ETHUSDT",) * 7 + ("BMXUSDT",) * 2
_LEVERAGE = {
    "BTCUSDT": (Decimal(10), "cross"),
    "ETHUSDT": (Decimal(5), "isolated"),
    "BMXUSDT": (Decimal(5), "cross"),
}
BURST_ORDERS = 260
"""Orders of the busy week: more than the 200 rows the futures order history answers with."""
_BURST_GAP_MS = 36 * MINUTE_MS


class FuturesTrader(Planner):
    """Plans and places the main account's futures orders."""

    topic = "futures"

    def __init__(self, year: Year) -> None:
        super().__init__(year)
        exchange = year.exchange
        self._futures = exchange.futures
        self._market = exchange.futures_market
        self._plans = exchange.futures_plans
        self._positions = exchange.futures_positions
        self._busy = year.calendar.at(0.65)
        self._latest = year.calendar.stop - HOUR_MS

    def plan(self) -> None:
        """Set the leverage, plan the positions and the busy week."""
        main, settings = self._year.main, self._year.exchange.futures_settings
        for symbol, (leverage, open_type) in _LEVERAGE.items():
            settings.set_leverage(main, symbol, leverage, open_type)
        calendar, dice = self._year.calendar, self._dice
        day = calendar.start
        while day < calendar.stop - DAY_MS:
            self._year.timeline.at(dice.moment(day, 0, 23), "futures position", self._open)
            day += dice.choice((0, 0, 1, 1, 1, 2)) * DAY_MS + dice.randrange(DAY_MS)
            day = day // DAY_MS * DAY_MS
        if self._busy + (BURST_ORDERS + 1) * _BURST_GAP_MS >= calendar.stop:
            return  # too few trading days for a busy week
        for index in range(BURST_ORDERS):
            when = self._busy + index * _BURST_GAP_MS + dice.randrange(4 * MINUTE_MS)
            self._year.timeline.at(when, "futures busy-week order", self._small_order)

    # ---- opening -------------------------------------------------------------------------------
    def _open(self, now: int) -> None:
        dice, main = self._dice, self._year.main
        symbol = dice.choice(_CONTRACTS)
        if symbol == "BTCUSDT" and self._busy - 8 * DAY_MS <= now < self._busy + 8 * DAY_MS:
            symbol = "ETHUSDT"  # the busy week trades BTCUSDT longs alone
        kind = PositionType.LONG if dice.random() < 0.55 else PositionType.SHORT
        if self._positions.position(main, symbol, kind) or any(
            o.symbol == symbol for o in self._futures.orders.open_orders(main)
        ):
            return
        price = self._market.last_price(symbol, now)
        found = contract(symbol)
        size = int(dice.amount(800, 15_000, 0) / (price * found.contract_size)) or 1
        leverage = self._year.exchange.futures_settings.leverage_of(main, symbol)[0]
        if size * price * found.contract_size / leverage > main.futures.balance("USDT").available / 3:
            return  # the wallet is low: no new position until a transfer tops it up
        side = Side.OPEN_LONG if kind == PositionType.LONG else Side.OPEN_SHORT
        style = dice.random()
        if style < 0.25:
            away = Decimal(repr(dice.uniform(0.003, 0.02))) * (-1 if kind == PositionType.LONG else 1)
            limit = self._tick(symbol, price * (1 + away))
            order = self._place(symbol, side, "limit", size, limit, now)
            when = min(now + dice.randrange(6 * HOUR_MS, 3 * DAY_MS), self._latest)
            self._year.timeline.at(when, "futures wait", self._waited(order))
            return
        if style < 0.4:
            best = self._market.best_ask(symbol, now) if side.buys else self._market.best_bid(symbol, now)
            self._place(symbol, side, "limit", size, best, now)
        else:
            self._place(symbol, side, "market", size, None, now)
        self._after_open(symbol, kind, now)

    def _waited(self, order: FuturesOrder) -> Action:
        """What happens when a resting opening order has waited: withdrawn, or the position goes on."""

        def check(now: int) -> None:
            if order.working:
                self._year.exchange.futures_cancels.cancel(order, now)
            if order.deal_size:
                kind = PositionType.LONG if order.side == Side.OPEN_LONG else PositionType.SHORT
                self._after_open(order.symbol, kind, now)

        return check

    def _after_open(self, symbol: str, kind: PositionType, now: int) -> None:
        """Protect some positions with a stop loss and a take profit, and plan the closing."""
        dice = self._dice
        if dice.random() < 0.4:
            held = self._positions.position(self._year.main, symbol, kind)
            if held is not None:
                self._protect(symbol, kind, held.entry_price, now)
        when = min(now + dice.randrange(3 * HOUR_MS, 6 * DAY_MS), self._latest)
        self._year.timeline.at(when, "futures close", lambda at: self._close(symbol, kind, at))

    def _protect(self, symbol: str, kind: PositionType, entry: Decimal, now: int) -> None:
        dice, direction = self._dice, kind.direction
        for plan_kind, move in (
            ("stop_loss", -dice.uniform(0.03, 0.08)),
            ("take_profit", dice.uniform(0.03, 0.12)),
        ):
            trigger = self._tick(symbol, entry * Decimal(repr(1 + move * direction)))
            rises = (plan_kind == "take_profit") == (kind == PositionType.LONG)
            order = self._plans.new(
                self._year.main, symbol, plan_kind, kind.closing_side, now,
                client_order_id=self._year.client_id("p"), trigger_price=trigger,
                price_way=1 if rises else 2, price_type=1, plan_category=2,
            )  # fmt: skip
            self._plans.add(order)

    # ---- closing -------------------------------------------------------------------------------
    def _close(self, symbol: str, kind: PositionType, now: int) -> None:
        """Close what is left at the market, or sometimes with a limit order waiting for a better price."""
        main = self._year.main
        closable = self._futures.closable(main, symbol, kind)
        if closable and self._dice.random() < 0.3 and now < self._latest - 2 * DAY_MS:
            price = self._market.last_price(symbol, now)
            better = Decimal(repr(1 + self._dice.uniform(0.005, 0.02) * kind.direction))
            order = self._place(
                symbol, kind.closing_side, "limit", closable, self._tick(symbol, price * better), now
            )
            self._year.timeline.at(
                now + self._dice.randrange(HOUR_MS, 2 * DAY_MS),
                "futures close",
                self._closed_anyway(order, kind),
            )
            return
        if closable:
            self._place(symbol, kind.closing_side, "market", closable, None, now)
        self._withdraw_plans(symbol, kind, now)

    def _closed_anyway(self, order: FuturesOrder, kind: PositionType) -> Action:
        def close(now: int) -> None:
            if order.working:
                self._year.exchange.futures_cancels.cancel(order, now)
            closable = self._futures.closable(self._year.main, order.symbol, kind)
            if closable:
                self._place(order.symbol, kind.closing_side, "market", closable, None, now)
            self._withdraw_plans(order.symbol, kind, now)

        return close

    def _withdraw_plans(self, symbol: str, kind: PositionType, now: int) -> None:
        """Cancel the waiting stop loss and take profit of a position that is gone."""
        for plan in self._plans.waiting(self._year.main):
            if plan.contract.symbol == symbol and plan.side == kind.closing_side:
                self._plans.cancel(plan, now)

    # ---- the busy week -------------------------------------------------------------------------
    def _small_order(self, now: int) -> None:
        main = self._year.main
        held = self._futures.closable(main, "BTCUSDT", PositionType.LONG)
        if held:
            self._place("BTCUSDT", Side.CLOSE_LONG, "market", held, None, now)
        else:
            self._place("BTCUSDT", Side.OPEN_LONG, "market", self._dice.randrange(2, 12), None, now)

    # ---- shared --------------------------------------------------------------------------------
    def _place(
        self, symbol: str, side: Side, order_type: str, size: int, price: Decimal | None, now: int
    ) -> FuturesOrder:
        client_id = self._year.client_id("f") if self._dice.random() < 0.4 else ""
        return self._futures.place(
            self._year.main, symbol, side, order_type, size, price=price, client_order_id=client_id, now=now
        )

    def _tick(self, symbol: str, price: Decimal) -> Decimal:
        tick = contract(symbol).price_precision
        return (price / tick).to_integral_value(ROUND_DOWN) * tick


__all__ = ["BURST_ORDERS", "FuturesTrader"]
