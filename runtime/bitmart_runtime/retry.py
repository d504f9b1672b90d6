"""The one retry policy of bitmart_client, for sync and async calls alike.

What is retried:

* **Reads** (GET, and BitMart's POST queries marked ``x-bitmart-idempotent`` in the spec): on
  network errors, HTTP 429, 5xx, malformed responses and the error codes BitMart's table marks
  retryable (rate limit, maintenance, server failures).
* **Writes that carry the caller's key** (operations with ``x-bitmart-idempotency`` in the
  spec: order placement with a client order id, Earn and sub-account transfers with a
  ``requestNo``): on the same failures, but whenever the failed attempt may have reached
  BitMart (a timeout, a dropped connection, a 5xx, a malformed body, a "key already used"
  answer after our own earlier attempt) the write is first looked up by that key, and only sent
  again if the lookup says cleanly that it is absent. When no lookup can say so (it fails, or the
  operation has none), ``OrderStateUnknownError`` is raised and nothing is sent again.
* **Nothing else**: other writes (cancels, withdrawals, own-wallet transfers, placement without
  a client order id) are never repeated automatically; their failure is raised at once.

How: at most ``max_attempts`` attempts, all within ``total_timeout`` seconds of the first (the
call's time budget: no wait that would end beyond it is ever started); between attempts an
exponential backoff with full jitter (``random() * min(max_delay, base_delay * 2**n)``), never
less than the rate-limit window when BitMart said the window is used up. Every attempt goes
through the auth flow again, so it is signed afresh.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from .errors import BitMartAPIError, RateLimitError, UnexpectedResponseError

if TYPE_CHECKING:
    from .operations import Operation
    from .rate_limit import RateLimitStatus

Failure = BitMartAPIError | UnexpectedResponseError | httpx.TransportError

# Transport failures that happen before the request leaves this machine.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@dataclass(frozen=True)
class RetryPolicy:
    """Limits of the retry loop; see the module docstring for what is retried."""

    max_attempts: int = 4
    """Attempts in total, the first included. 1 disables retries."""
    base_delay: float = 0.25
    """Backoff before the second attempt, doubled for each further one (seconds)."""
    max_delay: float = 8.0
    """Upper bound of one backoff (seconds)."""
    total_timeout: float = 30.0
    """The call's time budget: no wait (backoff or rate limit) that would end later than this many
    seconds after the call started is begun."""
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)
    """The random source of the jitter (tests seed it)."""
    clock: Callable[[], float] = field(default=time.monotonic, compare=False, repr=False)
    """The clock the time budget is measured on (tests use a fake one)."""
    sleep: Callable[[float], None] | None = field(default=None, compare=False, repr=False)
    """How the synchronous client waits; ``None`` is ``time.sleep``."""
    async_sleep: Callable[[float], Awaitable[None]] | None = field(default=None, compare=False, repr=False)
    """How the asynchronous client waits; ``None`` is ``asyncio.sleep`` (imported only when needed:
    sync-only programs never pay the ~15 ms of importing asyncio)."""

    def backoff(self, attempt: int, failure: Failure, rate_limit: RateLimitStatus | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based).

        ``rate_limit`` is the (bounded) rate-limit status of the failed answer; by default the one
        a ``RateLimitError`` carries.
        """
        delay = self.rng.random() * min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        if isinstance(failure, RateLimitError):
            status = rate_limit if rate_limit is not None else failure.rate_limit
            if status is not None:
                delay = max(delay, float(status.window))
        return delay

    def can_try_again(self, attempt: int, elapsed: float, delay: float) -> bool:
        """Whether another attempt, ``delay`` seconds from now, fits within the attempt and time budgets."""
        return attempt < self.max_attempts and elapsed + delay < self.total_timeout


def is_transient(failure: Failure) -> bool:
    """Whether repeating the same request may succeed."""
    if isinstance(failure, httpx.TransportError):
        return True
    if isinstance(failure, UnexpectedResponseError):
        return True
    return failure.retryable


def may_have_executed(failure: Failure) -> bool:
    """Whether BitMart may have acted on the request although it failed."""
    if isinstance(failure, _NOT_SENT):
        return False
    if isinstance(failure, BitMartAPIError):
        # A refusal with a BitMart code was decided before execution, except server failures.
        return failure.http_status >= 500
    return True


class RetryMode:
    """How a request may be retried: ``read``, ``dedupe`` (a write with the caller's key) or ``never``."""

    READ = "read"
    DEDUPE = "dedupe"
    NEVER = "never"


def retry_mode(operation: Operation | None, body: object) -> str:
    """Classify one request of ``operation`` whose JSON body is ``body``."""
    if operation is None:
        return RetryMode.NEVER
    if operation.idempotent:
        return RetryMode.READ
    idempotency = operation.idempotency
    if idempotency is not None and isinstance(body, dict) and body.get(idempotency.key):
        return RetryMode.DEDUPE
    return RetryMode.NEVER


__all__ = ["Failure", "RetryMode", "RetryPolicy", "is_transient", "may_have_executed", "retry_mode"]
