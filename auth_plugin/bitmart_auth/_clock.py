"""Timestamps for ``X-BM-TIMESTAMP``, optionally corrected to BitMart's clock.

BitMart rejects a SIGNED request whose timestamp is more than a minute from its own clock
(30007), or on v4 endpoints outside ``recvWindow``. ``ServerClock`` reads an injectable local
clock and adds the offset last measured against ``/system/time``.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class ServerClock:
    """Unix-millisecond timestamps = local clock + measured offset to BitMart's clock."""

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        """``clock`` returns Unix time in seconds (default ``time.time``); tests inject their own."""
        self._clock = clock or time.time
        self.offset_ms = 0
        self.synced_at: float | None = None

    def local(self) -> float:
        """The local clock, in seconds."""
        return self._clock()

    def now_ms(self) -> int:
        """BitMart's current time as best known, in Unix milliseconds."""
        return int(self._clock() * 1000) + self.offset_ms

    def timestamp(self) -> str:
        """The value for ``X-BM-TIMESTAMP``."""
        return str(self.now_ms())

    def observe(self, sent_at: float, received_at: float, server_time_ms: int) -> None:
        """Record a ``/system/time`` answer; the server read its clock about mid-way."""
        midpoint_ms = (sent_at + received_at) * 500
        self.offset_ms = round(server_time_ms - midpoint_ms)
        self.synced_at = received_at

    def is_stale(self, max_age: float) -> bool:
        """Whether the offset was never measured or is older than ``max_age`` seconds."""
        return self.synced_at is None or self._clock() - self.synced_at > max_age
