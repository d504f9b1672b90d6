"""Helpers every engine uses: deterministic ids, the clock, decimal formatting."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal


class Ids:
    """Deterministic, increasing ids per kind ("order", "trade", ...): the same run, the same ids."""

    def __init__(self, start: int = 1000) -> None:
        self._counters: dict[str, itertools.count[int]] = {}
        self._start = start

    def next(self, kind: str) -> int:
        """The next id of ``kind``."""
        counter = self._counters.setdefault(kind, itertools.count(self._start))
        return next(counter)


Clock = Callable[[], int]
"""Returns the exchange's time in Unix milliseconds."""


def decimal_places(value: Decimal) -> int:
    """How many decimals ``value`` needs (trailing zeros do not count; 0 for whole numbers)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def fmt(value: Decimal, places: int | None = None) -> str:
    """A decimal as BitMart writes it: plain notation, optionally with ``places`` decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)
    return format(value, "f")


__all__ = ["Clock", "Ids", "decimal_places", "fmt"]
