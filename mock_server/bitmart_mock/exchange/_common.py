"""Helpers every engine uses: deterministic ids, the clock, decimal formatting."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from decimal import ROUND_DOWN, Context, Decimal
from typing import Protocol, TypeVar


class Ids:
    """Deterministic, increasing ids per kind ("order", "trade", ...): the same run, the same ids."""

    def __init__(self, start: int = 1000) -> None:
        self._counters: dict[str, itertools.count[int]] = {}
        self._start = start

    def next(self, kind: str) -> int:
        """The next id of ``kind``."""
        counter = self._counters.setdefault(kind, itertools.count(self._start))
        return next(counter)


MINUTE_MS = 60_000
HOUR_MS = 3_600_000
DAY_MS = 86_400_000
EIGHT_PLACES = Decimal("0.00000001")
"""One unit of the eighth decimal: what interest, funding and other 8-decimal amounts are cut to."""

WIDE = Context(prec=100)
"""For rounding any decimal the mock holds to a number of places without running out of digits."""

Clock = Callable[[], int]
"""Returns the exchange's time in Unix milliseconds."""
IdSource = Callable[[str], int]
"""Returns the next id of a kind (``Ids.next``)."""


class Owned(Protocol):
    """Anything an account owns: orders, algo orders."""

    @property
    def account(self) -> object:
        """The owner."""
        ...


_Owned = TypeVar("_Owned", bound=Owned)


def owned(records: Mapping[int, _Owned], account: object, record_id: object) -> _Owned | None:
    """The record of ``account`` with the id ``record_id`` (sent as text or a number), else ``None``."""
    try:
        found = records.get(int(str(record_id)))
    except ValueError:
        return None
    return found if found is not None and found.account is account else None


def decimal_places(value: Decimal) -> int:
    """How many decimals ``value`` needs (trailing zeros do not count; 0 for whole numbers)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def is_multiple(value: Decimal, step: Decimal) -> bool:
    """Whether ``value`` is a whole multiple of ``step``, however many digits it has."""
    return value.remainder_near(step, context=WIDE) == 0


def cut(value: Decimal, places: int) -> Decimal:
    """``value`` cut (not rounded) to ``places`` decimals."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN, context=WIDE)


def fmt(value: Decimal, places: int | None = None) -> str:
    """A decimal as BitMart writes it: plain notation, optionally cut to ``places`` decimals."""
    return format(value if places is None else cut(value, places), "f")


__all__ = [
    "DAY_MS",
    "EIGHT_PLACES",
    "HOUR_MS",
    "MINUTE_MS",
    "WIDE",
    "Clock",
    "IdSource",
    "Ids",
    "Owned",
    "cut",
    "decimal_places",
    "fmt",
    "is_multiple",
    "owned",
]
