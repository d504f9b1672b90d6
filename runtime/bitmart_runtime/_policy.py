"""The retry, rate-limit and look-up-before-resending decisions of one call, without I/O.

:meth:`Policy.attempts` is a generator in the style of httpx's ``auth_flow`` and of h11: it
yields :class:`Send` ("send this request") and :class:`Sleep` ("wait this long") steps and
receives each send's outcome (an ``httpx.Response`` or the ``httpx.TransportError`` raised).
It returns the final response or raises the typed exception. The sync and async clients of
``bitmart_runtime.http`` only drive it, and the tests drive it by hand with a fake clock.

Every wait is bounded: a ``Sleep`` that would end after the call's deadline (the retry policy's
``total_timeout`` from the start of the call) is never yielded. A rate-limit wait that does not
fit raises ``RateLimitError`` carrying the wait it needed; a backoff that does not fit ends the
retries.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Mapping
from typing import Any, NamedTuple

import httpx

from . import _dedupe
from ._dedupe import BuildRequest, Verdict
from .errors import (
    BitMartAPIError,
    BitMartError,
    ErrorCodeTable,
    NetworkError,
    NetworkTimeoutError,
    OrderStateUnknownError,
    RateLimitError,
)
from .operations import Idempotency, Operation, OperationTable
from .rate_limit import MAX_RESET, Permit, RateLimiter, RateLimitStatus, bounded_reset
from .responses import api_error, decoded_body
from .retry import Failure, RetryMode, RetryPolicy, is_transient, may_have_executed, retry_mode

_retry_log = logging.getLogger("bitmart_runtime.retry")
_wait_log = logging.getLogger("bitmart_runtime.rate_limit")
_dedupe_log = logging.getLogger("bitmart_runtime.dedupe")
_drift_log = logging.getLogger("bitmart_runtime.drift")


class Send(NamedTuple):
    """Send ``request`` and send the outcome back into the generator."""

    request: httpx.Request


class Sleep(NamedTuple):
    """Wait ``seconds``, then resume the generator with ``None``."""

    seconds: float


Outcome = httpx.Response | httpx.TransportError
Step = Generator[Send | Sleep, Outcome | None, httpx.Response]
_Found = Generator[Send | Sleep, Outcome | None, "httpx.Response | Verdict"]


class Policy:
    """The decisions for every call of one client, independent of sync or async I/O.

    Args:
        operations: The operation table (``bitmart_client.operations.OPERATIONS``).
        error_codes: BitMart's error-code table (``bitmart_client.error_codes.ERROR_CODES``).
        build_request: Builds the look-up requests (the client's ``build_request``).
        retry_policy: Attempt and time budgets, backoff, clock and random source.
        rate_limiter: Paces each operation under its documented limit; ``None`` for none.
        max_reset: The longest window a ``Reset`` header may claim for a request outside the table.

    """

    def __init__(
        self,
        *,
        operations: Mapping[str, Operation],
        error_codes: ErrorCodeTable,
        build_request: BuildRequest,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        max_reset: float = MAX_RESET,
    ) -> None:
        self.operations = OperationTable(operations)
        self.error_codes = error_codes
        self.build_request = build_request
        self.retry_policy = retry_policy or RetryPolicy()
        self.rate_limiter = rate_limiter
        self.max_reset = max_reset

    def attempts(self, request: httpx.Request, deadline: float | None = None) -> Step:
        """Send ``request`` until it succeeds or the policy gives up; return the response.

        ``deadline`` (on the policy's clock) defaults to ``total_timeout`` from now; look-ups
        made on behalf of a write share the write's deadline.
        """
        operation = self.operations.of(request)
        name = operation.operation_id if operation is not None else None
        idempotency = operation.idempotency if operation is not None else None
        body = _dedupe.request_body(request) if idempotency is not None else None
        mode = retry_mode(operation, body)
        if deadline is None:
            deadline = self.retry_policy.clock() + self.retry_policy.total_timeout
        attempt = 0
        while True:
            attempt += 1
            outcome = yield from self._attempt(request, operation, deadline)
            failure, status = self._judge(operation, outcome)
            if failure is None:
                assert isinstance(outcome, httpx.Response)
                return outcome
            if mode == RetryMode.DEDUPE:
                assert operation is not None and idempotency is not None and isinstance(body, dict)
                found = yield from self._settle(
                    operation, idempotency, body, request, failure, attempt, deadline
                )
                if found is not None:
                    return found
            delay = self.retry_policy.backoff(attempt, failure, status)
            if not self._may_retry(mode, failure, attempt, delay, deadline, name):
                raise _as_exception(failure, name, delay if self._too_late(delay, deadline) else None)
            yield Sleep(delay)

    # ---- one attempt -----------------------------------------------------------------------------
    def _attempt(
        self, request: httpx.Request, operation: Operation | None, deadline: float
    ) -> Generator[Send | Sleep, Outcome | None, Outcome]:
        permit = yield from self._admit(operation, deadline)
        try:
            outcome = yield Send(request)
        finally:
            # Also when the caller abandons the request (the driver closes this generator).
            if permit is not None and self.rate_limiter is not None:
                self.rate_limiter.release(permit)
        assert outcome is not None, "the driver answers a Send with its outcome"
        return outcome

    def _admit(self, operation: Operation | None, deadline: float) -> Generator[Sleep, object, Permit | None]:
        """Wait (by yielding sleeps) until the rate limiter lets the operation go; return its permit."""
        if self.rate_limiter is None or operation is None:
            return None
        name = operation.operation_id
        while True:
            admitted = self.rate_limiter.acquire(name)
            if isinstance(admitted, Permit):
                return admitted
            if self._too_late(admitted, deadline):
                _wait_log.debug(
                    "%s: a rate-limit wait of %.3g s does not fit in the time budget", name, admitted
                )
                raise RateLimitError(
                    code=None,
                    message=f"the rate limit asks to wait {admitted:.3g} s, beyond the call's time budget",
                    trace=None,
                    http_status=0,
                    operation=name,
                    retry_after=admitted,
                )
            _wait_log.debug("%s: waiting %.3g s for the rate limit", name, admitted)
            yield Sleep(admitted)

    def _judge(
        self, operation: Operation | None, outcome: Outcome
    ) -> tuple[Failure | None, RateLimitStatus | None]:
        """The failure an outcome stands for (``None``: success) and its bounded rate-limit status."""
        if isinstance(outcome, httpx.TransportError):
            return outcome, None
        name = operation.operation_id if operation is not None else None
        status = RateLimitStatus.from_headers(outcome.headers)
        if status is not None:
            status = self._bounded(operation, status)
            if self.rate_limiter is not None and name is not None:
                self.rate_limiter.observe(name, status)
        return api_error(name, outcome, error_codes=self.error_codes), status

    def _bounded(self, operation: Operation | None, status: RateLimitStatus) -> RateLimitStatus:
        window = operation.rate_limit.window if operation is not None else None
        bounded = bounded_reset(status.window, window, self.max_reset)
        if bounded == status.window:
            return status
        name = operation.operation_id if operation is not None else "a request outside the spec"
        _drift_log.warning(
            "%s: X-BM-RateLimit-Reset claims a %s s window, beyond the %s s the document allows; using %s s",
            name,
            status.window,
            window if window is not None else self.max_reset,
            bounded,
        )
        return status._replace(window=bounded)

    def _may_retry(
        self, mode: str, failure: Failure, attempt: int, delay: float, deadline: float, name: str | None
    ) -> bool:
        what = _describe(failure)
        if mode == RetryMode.NEVER or not is_transient(failure):
            return False
        elapsed = self.retry_policy.clock() - (deadline - self.retry_policy.total_timeout)
        if not self.retry_policy.can_try_again(attempt, elapsed, delay):
            _retry_log.debug("%s: attempt %d failed (%s); no attempt left in the budget", name, attempt, what)
            return False
        _retry_log.debug("%s: attempt %d failed (%s); retrying in %.3g s", name, attempt, what, delay)
        return True

    def _too_late(self, wait: float, deadline: float) -> bool:
        return self.retry_policy.clock() + wait > deadline

    # ---- writes whose outcome is unknown ---------------------------------------------------------
    def _settle(
        self,
        operation: Operation,
        idempotency: Idempotency,
        body: dict[str, Any],
        placement: httpx.Request,
        failure: Failure,
        attempt: int,
        deadline: float,
    ) -> Generator[Send | Sleep, Outcome | None, httpx.Response | None]:
        """Settle a failed write: return it as found by a look-up.

        ``None`` means it is cleanly absent (or was certainly not carried out); any other case
        raises ``OrderStateUnknownError``.
        """
        uncertain = is_transient(failure) and may_have_executed(failure)
        duplicate = (
            attempt > 1
            and isinstance(failure, BitMartAPIError)
            and failure.code in idempotency.duplicate_codes
        )
        if not (uncertain or duplicate):
            return None
        name, key = operation.operation_id, str(body[idempotency.key])
        if not idempotency.lookups:
            raise self._unknown(name, key, f"{_describe(failure)}, and no operation can look it up", failure)
        _dedupe_log.debug("%s: looking up key %r after %s", name, key, _describe(failure))
        found = yield from self._find(idempotency, body, key, placement, deadline)
        if isinstance(found, httpx.Response):
            _dedupe_log.debug("%s: key %r found; not sent again", name, key)
            return found
        if found is Verdict.ABSENT and not duplicate:
            _dedupe_log.debug("%s: key %r is absent; it may be sent again", name, key)
            return None
        reason = "BitMart says the key is used but no look-up finds it" if duplicate else "the look-up failed"
        raise self._unknown(name, key, f"{_describe(failure)}, and {reason}", failure)

    def _find(
        self,
        idempotency: Idempotency,
        body: dict[str, Any],
        key: str,
        placement: httpx.Request,
        deadline: float,
    ) -> _Found:
        for lookup in idempotency.lookups:
            operation = self.operations[lookup.operation]
            request = _dedupe.lookup_request(self.build_request, operation, lookup, body)
            try:
                response = yield from self.attempts(request, deadline)
            except BitMartAPIError as error:
                if error.code is not None and error.code in lookup.absent_codes:
                    continue
                _dedupe_log.debug("%s failed: %s", lookup.operation, _describe(error))
                return Verdict.UNKNOWN
            except BitMartError as error:
                _dedupe_log.debug("%s failed: %s", lookup.operation, _describe(error))
                return Verdict.UNKNOWN
            found = _dedupe.search(lookup, key, decoded_body(response))
            if found is Verdict.UNKNOWN:
                _dedupe_log.debug("%s: the answer cannot say whether key %r exists", lookup.operation, key)
                return found
            if found is not Verdict.ABSENT:
                return _dedupe.placement_response(idempotency, found, placement, response)
        return Verdict.ABSENT

    @staticmethod
    def _unknown(name: str, key: str, reason: str, failure: Failure) -> OrderStateUnknownError:
        _dedupe_log.warning("%s: outcome unknown for key %r (%s); not sent again", name, key, reason)
        error = OrderStateUnknownError(client_order_id=key, reason=reason, operation=name)
        error.__cause__ = failure
        return error


def run(
    steps: Step, send: Callable[[httpx.Request], httpx.Response], sleep: Callable[[float], None]
) -> httpx.Response:
    """Drive ``steps`` synchronously: ``send`` each request, ``sleep`` each wait; return the response.

    The synchronous client's loop, and the tests' (with a scripted ``send`` and a fake ``sleep``).
    """
    outcome: Outcome | None = None
    try:
        while True:
            outcome = _take(steps.send(outcome), send, sleep)
    except StopIteration as done:
        response: httpx.Response = done.value
        return response
    finally:
        steps.close()


def _take(
    step: Send | Sleep, send: Callable[[httpx.Request], httpx.Response], sleep: Callable[[float], None]
) -> Outcome | None:
    if isinstance(step, Sleep):
        sleep(step.seconds)
        return None
    try:
        return send(step.request)
    except httpx.TransportError as exc:
        return exc


def _describe(failure: BaseException) -> str:
    """A failure in a few words, for logs: its class and BitMart code, never a request detail."""
    if isinstance(failure, BitMartAPIError):
        return f"{type(failure).__name__} {failure.code} (HTTP {failure.http_status})"
    return type(failure).__name__


def _as_exception(failure: Failure, operation: str | None, needed_wait: float | None) -> Exception:
    """The exception to raise for the last failure; ``needed_wait`` is set when time ran out."""
    if isinstance(failure, RateLimitError) and needed_wait is not None and failure.retry_after is None:
        failure.retry_after = needed_wait
    if isinstance(failure, httpx.TimeoutException):
        error: Exception = NetworkTimeoutError(
            f"{operation or 'request'} timed out: {failure}", operation=operation
        )
    elif isinstance(failure, httpx.TransportError):
        error = NetworkError(
            f"{operation or 'request'} failed: {type(failure).__name__}: {failure}", operation=operation
        )
    else:
        return failure
    error.__cause__ = failure
    return error


__all__ = ["Outcome", "Policy", "Send", "Sleep", "Step", "run"]
