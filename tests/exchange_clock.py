"""A settable exchange clock for mock tests that move time (interest, withdrawal states...)."""

from __future__ import annotations

START_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z
HOUR_MS = 3_600_000
DAY_MS = 86_400_000


class ExchangeClock:
    """The mock exchange's clock, moved by the test (``clock.now += DAY_MS``)."""

    def __init__(self, start: int = START_MS) -> None:
        self.now = start

    def __call__(self) -> int:
        return self.now
