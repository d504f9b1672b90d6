"""Per-operation rate limits from the spec, counted like BitMart and reported in its headers.

Each operation has ``count`` requests per ``window`` seconds, counted per IP, API key or account
(UID) as its ``x-bitmart-rate-limit`` says. The count is a sliding window. Every answer carries
``X-BM-RateLimit-Remaining`` (requests used, this one included, as BitMart counts),
``X-BM-RateLimit-Limit``, ``X-BM-RateLimit-Reset`` (the window in seconds) and
``X-BM-RateLimit-Mode``; going over gets HTTP 429 with code ``too_many_requests``.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from ._spec import OperationSpec
from .errors import MockError

_MODE = {"IP": "IP", "KEY": "KEY", "UID": "UID"}


class MockRateLimiter:
    """Sliding-window counters per (operation, scope key)."""

    def __init__(self, *, enabled: bool = True, clock: Callable[[], float] = time.monotonic) -> None:
        self.enabled = enabled
        self._clock = clock
        self._hits: dict[tuple[str, str], deque[float]] = {}

    def hit(self, op: OperationSpec, scope_key: str) -> dict[str, str]:
        """Count one request; return the rate-limit headers (``too_many_requests`` over the limit)."""
        count, window, scope = op.rate_limit
        headers = {
            "X-BM-RateLimit-Limit": str(count),
            "X-BM-RateLimit-Reset": str(max(1, round(window))),
            "X-BM-RateLimit-Mode": _MODE[scope],
        }
        if not self.enabled:
            headers["X-BM-RateLimit-Remaining"] = "1"
            return headers
        now = self._clock()
        hits = self._hits.setdefault((op.operation_id, scope_key), deque())
        while hits and hits[0] <= now - window:
            hits.popleft()
        if len(hits) >= count:
            headers["X-BM-RateLimit-Remaining"] = str(len(hits))
            raise MockError("too_many_requests", headers=headers)
        hits.append(now)
        headers["X-BM-RateLimit-Remaining"] = str(len(hits))
        return headers

    def reset(self) -> None:
        """Forget every count."""
        self._hits.clear()
