"""The seeded year's calendar, and its events run in time order.

Every record of the history is made by an event that calls an engine's public method at the
event's time. Events run strictly in time order (ties in the order they were planned), after
the exchange has been brought up to that time as before a request, so every list the engines
keep grows in time order, exactly as it would have if the requests had come one by one.
"""

from __future__ import annotations

import heapq
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from ...errors import MockError
from .._common import DAY_MS, HOUR_MS, MINUTE_MS

YEAR_DAYS = 365
TRADING_STOP_MS = 1_787_702_400_000
"""2026-08-26T00:00:00Z: BitMart stopped all trading that day. No order or fill is later."""

Action = Callable[[int], None]
"""What an event does at its time (Unix ms)."""


@dataclass(frozen=True)
class Calendar:
    """The year the history covers: ``start`` <= t < ``end``, trading only before ``stop``."""

    start: int
    stop: int
    end: int

    @classmethod
    def before(cls, now: int) -> Calendar:
        """The year that ends at the UTC midnight that began ``now``'s day."""
        end = now // DAY_MS * DAY_MS
        start = end - YEAR_DAYS * DAY_MS
        return cls(start, max(start, min(TRADING_STOP_MS, end)), end)

    def days(self, first: int | None = None, last: int | None = None) -> range:
        """Midnights of the days from ``first`` (default: the start) to before ``last`` (the end)."""
        return range(self.start if first is None else first, self.end if last is None else last, DAY_MS)

    def trading_days(self) -> range:
        """Midnights of the days with trading."""
        return self.days(last=self.stop)

    def at(self, fraction: float) -> int:
        """The day that lies ``fraction`` of the way through the trading period (its midnight)."""
        return self.start + int((self.stop - self.start) * fraction) // DAY_MS * DAY_MS


@dataclass
class Timeline:
    """Planned events by time, within the year; an event may plan later ones while it runs."""

    since: int
    until: int
    """Events planned before ``since`` or at or after ``until`` are dropped: they are not in the year."""
    _events: list[tuple[int, int, str, Action]] = field(default_factory=list)
    _order: itertools.count[int] = field(default_factory=itertools.count)
    refused: list[str] = field(default_factory=list)
    """Events the exchange refused (``name at time: error``): a well-planned year has none."""
    ran: int = 0
    now: int = 0
    """The time of the event running (time never goes back: a later plan for an earlier time runs now)."""

    def at(self, time: int, name: str, action: Action) -> None:
        """Plan ``action`` at ``time`` (Unix ms); ``name`` says what it is in ``refused``."""
        if not self.since <= time < self.until:
            return
        heapq.heappush(self._events, (max(time, self.now), next(self._order), name, action))

    def run(self, catch_up: Callable[[int], None]) -> None:
        """Run every event in time order, ``catch_up(time)`` first (as the gates do before a request)."""
        while self._events:
            time, _, name, action = heapq.heappop(self._events)
            self.now = time
            catch_up(time)
            self.ran += 1
            try:
                action(time)
            except MockError as refused:
                self.refused.append(f"{name} at {time}: {refused.name}")


class Dice(random.Random):
    """The random source of one kind of activity, seeded by the history's seed and the kind's name."""

    def __init__(self, seed: int, topic: str) -> None:
        super().__init__(f"{seed}:history:{topic}")

    def moment(self, day: int, first_hour: int = 0, last_hour: int = 24) -> int:
        """A random millisecond of ``day`` between the two hours (UTC)."""
        return day + self.randrange(first_hour * HOUR_MS, last_hour * HOUR_MS)

    def amount(self, low: float, high: float, places: int) -> Decimal:
        """An amount between ``low`` and ``high``, small ones likelier, cut to ``places`` decimals.

        Only products of floats (no ``pow``, ``log``...), so every platform draws the same amounts.
        """
        share = self.random()
        value = Decimal(repr(low + (high - low) * share * share * share))
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


__all__ = ["DAY_MS", "HOUR_MS", "MINUTE_MS", "TRADING_STOP_MS", "Action", "Calendar", "Dice", "Timeline"]
