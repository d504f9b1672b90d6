"""The one retry policy of bitmart_client, for sync and async calls alike.

What is retried:

* **Reads** (GET, and BitMart's POST queries marked ``x-bitmart-idempotent`` in the spec): on
  network errors, HTTP 429, 5xx, malformed responses and the error codes BitMart's table marks
  retryable (rate limit, maintenance, server failures).
* **Order placement** that carries a client order id (operations with
  ``x-bitmart-idempotency`` in the spec): on the same failures, but whenever the first attempt
  may have reached BitMart (a timeout, a dropped connection, a 5xx, a malformed body, a
  "duplicate client order id" answer) the order is first looked up by that id, and only placed
  again if it is not found.
* **Nothing else**: other writes (transfers, cancels, withdrawals, placement without a client
  order id) are never repeated automatically; their failure is raised at once.

How: at most ``max_attempts`` attempts, stopping early once ``total_timeout`` seconds have
passed; between attempts an exponential backoff with full jitter (``random() * min(max_delay,
base_delay * 2**n)``), never less than the rate-limit window when BitMart said the window is
used up. Every attempt goes through the auth flow again, so it is signed afresh.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from .errors import BitMartAPIError, RateLimitError, UnexpectedResponseError

if TYPE_CHECKING:
    from bitmart_client.operations import Operation

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
    """No new attempt starts after this many seconds since the first."""
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def backoff(self, attempt: int, failure: Failure) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        delay = self.rng.random() * min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        if isinstance(failure, RateLimitError) and failure.rate_limit is not None:
            delay = max(delay, float(failure.rate_limit.window))
        return delay

    def can_try_again(self, attempt: int, elapsed: float, delay: float) -> bool:
        """Whether another attempt fits within the attempt and time budgets."""
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
    """How an operation may be retried: ``read``, ``dedupe`` (placement with a client id) or ``never``."""

    READ = "read"
    DEDUPE = "dedupe"
    NEVER = "never"


def retry_mode(operation: Operation | None, body: object) -> str:
    """Classify one request of ``operation`` whose JSON body is ``body``."""
    if operation is None:
        return RetryMode.NEVER
    if operation.idempotent:
        return RetryMode.READ
    spec = operation.idempotency
    if spec is not None and isinstance(body, dict) and body.get(str(spec["client_order_id"])):
        return RetryMode.DEDUPE
    return RetryMode.NEVER


__all__ = ["Failure", "RetryMode", "RetryPolicy", "is_transient", "may_have_executed", "retry_mode"]
