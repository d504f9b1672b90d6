"""BitMart's rate-limit headers, parsed.

BitMart sends ``X-BM-RateLimit-Remaining`` (despite its name, the number of requests already
*used* in the current window), ``X-BM-RateLimit-Limit`` (requests allowed per window),
``X-BM-RateLimit-Reset`` (the window's length in seconds) and, undocumented,
``X-BM-RateLimit-Mode`` (what the limit counts: IP, KEY or UID).

A header is only a claim: a ``Reset`` longer than the operation's documented window (or than
``MAX_RESET`` when the window is unknown) is clamped, so one absurd answer cannot block an
operation for years (see :func:`bounded_reset`).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from .operations import Operation

MAX_RESET = 60.0
"""The longest window, in seconds, a ``Reset`` header may claim when the operation's own window is
unknown: BitMart's documentation gives 60 s as its example window, and no operation of the spec
has a window over 3 s."""

_log = logging.getLogger("bitmart_runtime.rate_limit")


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


def bounded_reset(reset: float, window: float | None, maximum: float = MAX_RESET) -> int:
    """The window a ``Reset`` header may impose, in whole seconds as BitMart sends them.

    At most the operation's ``window`` (or ``maximum`` when it has none), never negative.
    """
    bound = maximum if window is None else min(window, maximum)
    return max(0, math.ceil(min(reset, bound)))


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = headers.get(name.lower())
    return value


class Permit:
    """The right to send one request, held from before it is sent until its response is in."""

    __slots__ = ("end", "operation")

    def __init__(self, operation: str | None) -> None:
        self.operation = operation
        self.end: float | None = None
        """When the response came back; ``None`` while the request is in flight."""


_UNLIMITED = Permit(None)


class RateLimiter:
    """Client-side limiter: keeps each operation under the limit the spec gives it.

    BitMart counts a request when it *processes* it, some time after we send it and before we
    read the answer, and that delay varies (queues, retries, a busy server). So a slot is held
    from the moment a request is admitted until its response arrives, and only then starts its
    ``window``: a new request may go when fewer than ``count`` requests are in flight or ended
    within the last ``window + margin`` seconds. Whatever the delays, the server never sees more
    than ``count`` requests in one window. Holding the lock only to bookkeep (never to sleep),
    one limiter serves threads and asyncio tasks alike; callers sleep for the delay it returns.

    A response whose headers say the window is used up blocks the operation until the window
    has passed, which also covers other programs sharing the same key; the window such a header
    claims is never taken to be longer than the operation's own.
    """

    def __init__(
        self,
        limits: Mapping[str, tuple[int, float]],
        *,
        margin: float = 0.05,
        poll: float = 0.02,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Limit each operation of ``limits`` (operationId to ``(count, window_seconds)``).

        ``poll`` is how long to wait, when every slot is in flight, before looking again.
        """
        self._limits = dict(limits)
        self._margin = margin
        self._poll = poll
        self._clock = clock
        self._slots: dict[str, list[Permit]] = {}
        self._blocked_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def acquire(self, operation: str) -> Permit | float:
        """A permit to send ``operation`` now, or how many seconds to wait before asking again."""
        limit = self._limits.get(operation)
        if limit is None:
            return _UNLIMITED
        count, window = limit
        with self._lock:
            now = self._clock()
            blocked = self._blocked_until.get(operation, 0.0)
            if blocked > now:
                return blocked - now
            horizon = now - window - self._margin
            slots = [p for p in self._slots.get(operation, ()) if p.end is None or p.end > horizon]
            self._slots[operation] = slots
            if len(slots) < count:
                permit = Permit(operation)
                slots.append(permit)
                return permit
            ended = [p.end for p in slots if p.end is not None]
            return min(ended) - horizon if ended else self._poll

    def release(self, permit: Permit) -> None:
        """The response of ``permit``'s request is in (or it failed): its window starts now."""
        if permit.operation is not None:
            with self._lock:
                permit.end = self._clock()

    def observe(self, operation: str, status: RateLimitStatus | None) -> None:
        """Learn from a response's rate-limit headers: a full window blocks until it ends."""
        if status is None or not status.exhausted or operation not in self._limits:
            return
        window = bounded_reset(status.window, self._limits[operation][1])
        with self._lock:
            until = self._clock() + window + self._margin
            self._blocked_until[operation] = max(self._blocked_until.get(operation, 0.0), until)
        _log.debug("%s: BitMart says its window is used up; next request in %.3g s", operation, window)

    @classmethod
    def from_operations(cls, operations: Mapping[str, Operation], **kwargs: Any) -> RateLimiter:
        """Build a limiter from the operation table (``bitmart_client.operations.OPERATIONS``)."""
        limits = {name: (op.rate_limit.requests, op.rate_limit.window) for name, op in operations.items()}
        return cls(limits, **kwargs)


__all__ = ["MAX_RESET", "Permit", "RateLimitStatus", "RateLimiter", "bounded_reset"]
