"""What every kind of activity plans with: the exchange, the calendar, the timeline and numbers."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..accounts import Account
from ._timeline import Calendar, Dice, Timeline

if TYPE_CHECKING:
    from .. import Exchange

SUB_NAMES = ("sub1@demo.mock", "sub2@demo.mock")
FRIEND_NAMES = ("friend1@demo.mock", "friend2@demo.mock")


@dataclass
class Year:
    """One seeded year being made."""

    exchange: Exchange
    calendar: Calendar
    seed: int
    timeline: Timeline = field(init=False)
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        self.timeline = Timeline(self.calendar.start, self.calendar.end)

    def dice(self, topic: str) -> Dice:
        """The random source of one kind of activity (its own, so kinds do not disturb each other)."""
        return Dice(self.seed, topic)

    def client_id(self, prefix: str) -> str:
        """A fresh client order id (letters and digits, as BitMart accepts), ``prefix`` naming the kind."""
        return f"{prefix}{self.seed % 1000:03d}{next(self._numbers):08d}"

    def request_no(self) -> str:
        """A fresh request number of 20 digits (Earn and sub-account transfers)."""
        return f"{self.seed % 1000:03d}{next(self._numbers):017d}"

    @property
    def main(self) -> Account:
        """The demo main account, whose history this mostly is."""
        return self.exchange.account("main")

    def account(self, name: str) -> Account:
        """A demo account by name."""
        return self.exchange.account(name)


class Planner:
    """One kind of the year's activity, planning its own events with its own random source."""

    topic = ""
    """Names the kind's random source (``Year.dice``): the same topic, the same draws."""

    def __init__(self, year: Year) -> None:
        self._year = year
        self._dice = year.dice(self.topic)
        self._exchange = year.exchange

    def plan(self) -> None:
        """Put the kind's events on the year's timeline."""
        raise NotImplementedError


__all__ = ["FRIEND_NAMES", "SUB_NAMES", "Planner", "Year"]
