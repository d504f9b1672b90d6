"""Helpers every engine uses: deterministic ids, the clock, decimal formatting."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from ..errors import MockError


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


def decimal(value: object, *, field: str, code: str) -> Decimal:
    """Parse a request value as a decimal, or raise ``code`` naming ``field``."""
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise MockError(code, f"Invalid {field}: {value!r} is not a decimal number") from None
    if not result.is_finite():
        raise MockError(code, f"Invalid {field}: {value!r} is not a decimal number")
    return result


def fmt(value: Decimal, places: int | None = None) -> str:
    """A decimal as BitMart writes it: plain notation, optionally with ``places`` decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)
    text = format(value, "f")
    return text
