"""A seeded year of activity for the demo accounts (``MockConfig(history=True)``).

The year ends at the UTC midnight that began the exchange's day and starts 365 days earlier.
Trading (spot, margin, futures, Earn subscriptions) stops at BitMart's end of trading,
2026-08-26, or at the year's end if that comes first; transfers, deposits, withdrawals, Earn
interest and redemptions go on until the year's end. Every record is made by the engines' own
public methods, called at past times in time order, so balances, frozen amounts, fees and the
house's books add up exactly as if the requests had come one by one. The same seed (and the
same day) gives the same records.

What each kind of activity does is in its module: ``_spot``, ``_margin``, ``_futures`` (with the
past prices of ``_prices``), ``_transfers``, ``_funding``, ``_earn``, ``_friends``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ._counts import record_counts, total
from ._earn import Saver
from ._friends import Friends
from ._funding import Funding
from ._futures import BURST_ORDERS as FUTURES_BURST_ORDERS
from ._futures import FuturesTrader
from ._margin import MarginTrader
from ._prices import walk_prices
from ._spot import BURST_ORDERS as SPOT_BURST_ORDERS
from ._spot import SpotTrader
from ._timeline import DAY_MS, MINUTE_MS, TRADING_STOP_MS, Calendar
from ._transfers import SUB_TRANSFER_DAYS, SUB_TRANSFERS, Transfers
from ._year import FRIEND_NAMES, Year

if TYPE_CHECKING:
    from .. import Exchange

PLANNERS = (SpotTrader, MarginTrader, FuturesTrader, Transfers, Funding, Saver, Friends)
"""Every kind of activity, each planning its own events."""


@dataclass(frozen=True)
class SeededYear:
    """What the seeded year made."""

    calendar: Calendar
    counts: dict[str, int]
    """Records per kind (``record_counts``)."""
    events: int
    refused: list[str] = field(default_factory=list)
    """Planned actions the exchange refused; a well-planned year has none (tests check it)."""

    @property
    def total(self) -> int:
        """The main account's records over all kinds."""
        return total(self.counts)


def seed_history(exchange: Exchange) -> SeededYear:
    """Give ``exchange``'s demo accounts the year before its clock's now; the seed is the config's."""
    year = Year(exchange, Calendar.before(exchange.now()), exchange.config.seed)
    calendar = year.calendar
    walk_prices(
        exchange.futures_market, year.seed, calendar.stop, (calendar.stop - calendar.start) // DAY_MS + 1
    )
    for planner in PLANNERS:
        planner(year).plan()
    year.timeline.at(calendar.stop - 30 * MINUTE_MS, "end of trading", lambda now: _end_trading(year, now))

    def catch_up(now: int) -> None:
        exchange.futures_funding.settle(now)
        exchange.catch_up(now)

    year.timeline.run(catch_up)
    return SeededYear(calendar, record_counts(exchange), year.timeline.ran, year.timeline.refused)


def _end_trading(year: Year, now: int) -> None:
    """BitMart stops trading: every open order is cancelled and every position closed."""
    exchange = year.exchange
    for account in (year.main, *(year.account(name) for name in FRIEND_NAMES)):
        for order in exchange.spot.account_orders(account):
            if order.is_open:
                exchange.spot.cancel(order, now=now, source="system")
        for algo in exchange.spot_algo.account_orders(account):
            if algo.is_open:
                exchange.spot_algo.cancel(algo, now=now)
        for plan in exchange.futures_plans.waiting(account):
            exchange.futures_plans.cancel(plan, now)
        for futures_order in exchange.futures_orders.open_orders(account):
            exchange.futures_cancels.cancel(futures_order, now)
        if exchange.futures_positions.open_positions(account):
            exchange.futures.close_all(account, now)


__all__ = [
    "FUTURES_BURST_ORDERS",
    "PLANNERS",
    "SPOT_BURST_ORDERS",
    "SUB_TRANSFERS",
    "SUB_TRANSFER_DAYS",
    "TRADING_STOP_MS",
    "SeededYear",
    "record_counts",
    "seed_history",
]
