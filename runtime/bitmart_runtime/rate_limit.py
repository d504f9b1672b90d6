"""BitMart's rate-limit headers, parsed.

BitMart sends ``X-BM-RateLimit-Remaining`` (despite its name, the number of requests already
*used* in the current window), ``X-BM-RateLimit-Limit`` (requests allowed per window),
``X-BM-RateLimit-Reset`` (the window's length in seconds) and, undocumented,
``X-BM-RateLimit-Mode`` (what the limit counts: IP, KEY or UID).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple


class RateLimitStatus(NamedTuple):
    """The rate-limit state reported with one response."""

    used: int
    """Requests already made in the current window (BitMart's ``X-BM-RateLimit-Remaining``)."""
    limit: int
    """Requests allowed per window."""
    window: int
    """Window length in seconds."""
    mode: str | None
    """``IP``, ``KEY`` or ``UID`` when BitMart says which target is counted."""

    @property
    def remaining(self) -> int:
        """Requests still allowed in the current window."""
        return max(self.limit - self.used, 0)

    @property
    def exhausted(self) -> bool:
        """Whether the next request in this window would be refused."""
        return self.used >= self.limit

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitStatus | None:
        """Parse the headers of a response; ``None`` when they are absent or not numbers."""
        # httpx.Headers lookups are case-insensitive; plain dicts are tried as sent on the wire.
        used = _header(headers, "X-BM-RateLimit-Remaining")
        limit = _header(headers, "X-BM-RateLimit-Limit")
        window = _header(headers, "X-BM-RateLimit-Reset")
        if used is None or limit is None or window is None:
            return None
        try:
            return cls(int(used), int(limit), int(window), _header(headers, "X-BM-RateLimit-Mode"))
        except ValueError:
            return None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.lower())
    return value


class RateLimiter:
    """Client-side limiter: keeps each operation under the limit the spec gives it.

    It is a sliding-window log per operation: a request may start only when fewer than
    ``count`` requests started in the last ``window`` seconds (plus ``margin``, which absorbs
    network jitter between our clock and the server's). Callers reserve a start time and sleep
    until it, so one limiter serves threads and asyncio tasks alike; reservation happens under a
    lock held for microseconds, never while sleeping.

    A response whose headers say the window is used up blocks the operation until the window
    has passed, which also covers other programs sharing the same key.
    """

    def __init__(
        self,
        limits: Mapping[str, tuple[int, float]],
        *,
        margin: float = 0.05,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``limits`` maps an operationId to ``(count, window_seconds)``."""
        self._limits = dict(limits)
        self._margin = margin
        self._clock = clock
        self._starts: dict[str, deque[float]] = {}
        self._blocked_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def reserve(self, operation: str) -> float:
        """Reserve the next start time for ``operation``; return how long to wait for it."""
        limit = self._limits.get(operation)
        if limit is None:
            return 0.0
        count, window = limit
        span = window + self._margin
        with self._lock:
            now = self._clock()
            starts = self._starts.setdefault(operation, deque())
            while starts and starts[0] <= now - span:
                starts.popleft()
            start = max(now, self._blocked_until.get(operation, 0.0))
            if len(starts) >= count:
                start = max(start, starts[-count] + span)
            starts.append(start)
            return start - now

    def observe(self, operation: str, status: RateLimitStatus | None) -> None:
        """Learn from a response's rate-limit headers: a full window blocks until it ends."""
        if status is None or not status.exhausted or operation not in self._limits:
            return
        with self._lock:
            until = self._clock() + status.window + self._margin
            self._blocked_until[operation] = max(self._blocked_until.get(operation, 0.0), until)

    def wait(self, operation: str) -> None:
        """Block the calling thread until ``operation`` may start."""
        delay = self.reserve(operation)
        if delay > 0:
            time.sleep(delay)

    async def wait_async(self, operation: str) -> None:
        """Suspend the calling task until ``operation`` may start."""
        delay = self.reserve(operation)
        if delay > 0:
            await asyncio.sleep(delay)

    @classmethod
    def from_operations(cls, operations: Mapping[str, Any], **kwargs: Any) -> RateLimiter:
        """Build a limiter from ``bitmart_client.operations.OPERATIONS``."""
        limits = {name: (op.rate_limit.requests, op.rate_limit.window) for name, op in operations.items()}
        return cls(limits, **kwargs)


__all__ = ["RateLimitStatus", "RateLimiter"]
