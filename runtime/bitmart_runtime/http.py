"""httpx clients that add BitMart's error semantics, the retry policy and the rate limiter.

``send`` is overridden, so everything above it (the generated operation functions,
``client.get``...) gets the behaviour, and everything below it (the auth flow, the transport)
runs once per attempt: each attempt is routed and signed afresh.

The decisions live in one sans-IO generator, :meth:`_Policy.attempts`, in the style of httpx's
own ``auth_flow``: it yields "send this request" and "sleep this long" steps and receives the
outcomes. The sync and async clients only drive it, so both behave identically.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Mapping
from typing import Any, NamedTuple

import httpx

from . import _dedupe
from .errors import BitMartAPIError, NetworkError, NetworkTimeoutError
from .operations import operation_of
from .rate_limit import Permit, RateLimiter, RateLimitStatus
from .responses import api_error, decoded_body
from .retry import Failure, RetryMode, RetryPolicy, is_transient, may_have_executed, retry_mode


class _Send(NamedTuple):
    request: httpx.Request


class _Sleep(NamedTuple):
    seconds: float


_Step = Generator[_Send | _Sleep, httpx.Response | httpx.TransportError, httpx.Response]
_Lookup = Generator[_Send | _Sleep, httpx.Response | httpx.TransportError, httpx.Response | None]


class _Policy:
    """The retry and rate-limit decisions, independent of sync or async I/O."""

    def __init__(
        self,
        client: httpx.Client | httpx.AsyncClient,
        retry_policy: RetryPolicy | None,
        rate_limiter: RateLimiter | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.retry_policy = retry_policy or RetryPolicy()
        self.rate_limiter = rate_limiter
        self.clock = clock

    def attempts(self, request: httpx.Request) -> _Step:
        """Send ``request`` until it succeeds or the policy gives up; return the response."""
        operation = operation_of(request)
        name = operation.operation_id if operation else None
        body = _dedupe.request_body(request) if operation and operation.idempotency else None
        mode = retry_mode(operation, body)
        started = self.clock()
        attempt = 0
        while True:
            attempt += 1
            permit = yield from self._admit(name)
            try:
                outcome = yield _Send(request)
            finally:
                # Also when the caller abandons the request (the driver closes this generator).
                if permit is not None and self.rate_limiter is not None:
                    self.rate_limiter.release(permit)
            failure: Failure | None
            if isinstance(outcome, httpx.Response):
                if self.rate_limiter is not None and name is not None:
                    self.rate_limiter.observe(name, RateLimitStatus.from_headers(outcome.headers))
                failure = api_error(name, outcome)
                if failure is None:
                    return outcome
            else:
                failure = outcome
            if mode == RetryMode.DEDUPE and operation is not None and operation.idempotency is not None:
                assert isinstance(body, dict)
                spec = operation.idempotency
                uncertain = is_transient(failure) and may_have_executed(failure)
                if uncertain or (_is_duplicate(spec, failure) and attempt > 1):
                    found = yield from self._find_placed_order(spec, body, request)
                    if found is not None:
                        return found
            delay = self.retry_policy.backoff(attempt, failure)
            retry = mode != RetryMode.NEVER and is_transient(failure)
            if not retry or not self.retry_policy.can_try_again(attempt, self.clock() - started, delay):
                raise _as_exception(failure, name)
            yield _Sleep(delay)

    def _admit(self, name: str | None) -> Generator[_Sleep, object, Permit | None]:
        """Wait (by yielding sleeps) until the rate limiter lets ``name`` go; return its permit."""
        if self.rate_limiter is None or name is None:
            return None
        while True:
            admitted = self.rate_limiter.acquire(name)
            if isinstance(admitted, Permit):
                return admitted
            yield _Sleep(admitted)

    def _find_placed_order(
        self, spec: Mapping[str, Any], body: dict[str, Any], placement: httpx.Request
    ) -> _Lookup:
        client_order_id = body[spec["client_order_id"]]
        for lookup, lookup_request in zip(
            spec["lookups"], _dedupe.lookup_requests(self.client, spec, body), strict=True
        ):
            try:
                response = yield from self.attempts(lookup_request)
            except BitMartAPIError:
                continue  # not found (or not findable this way): try the next lookup
            envelope = decoded_body(response)
            order = _dedupe.found_order(
                lookup, client_order_id, envelope.get("data") if isinstance(envelope, dict) else None
            )
            if order is not None:
                return _dedupe.placement_response(spec, order, placement, response)
        return None


def _is_duplicate(spec: Mapping[str, object], failure: Failure) -> bool:
    """Whether BitMart refused the placement because its client order id is already used."""
    codes = spec.get("duplicate_codes")
    return isinstance(failure, BitMartAPIError) and isinstance(codes, list) and failure.code in codes


def _as_exception(failure: Failure, operation: str | None) -> Exception:
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


async def _async_sleep(seconds: float) -> None:
    # asyncio costs ~15 ms to import; sync-only programs never pay for it.
    import asyncio

    await asyncio.sleep(seconds)


class BitMartHTTPClient(httpx.Client):
    """``httpx.Client`` with BitMart error checking, retries and optional rate limiting.

    Extra keyword arguments: ``retry_policy`` (a :class:`RetryPolicy`; ``RetryPolicy(max_attempts=1)``
    disables retries) and ``rate_limiter`` (a :class:`RateLimiter`, or ``None`` for none).
    """

    def __init__(
        self,
        *args: Any,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._policy = _Policy(self, retry_policy, rate_limiter)

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        """Send ``request`` under the retry policy; raise a typed error unless BitMart says 1000."""
        if stream:
            return super().send(request, stream=True, **kwargs)
        steps = self._policy.attempts(request)
        try:
            step = next(steps)
            while True:
                if isinstance(step, _Sleep):
                    time.sleep(step.seconds)
                    step = steps.send(None)  # type: ignore[arg-type]
                    continue
                try:
                    outcome: httpx.Response | httpx.TransportError = super().send(step.request, **kwargs)
                except httpx.TransportError as exc:
                    outcome = exc
                step = steps.send(outcome)
        except StopIteration as done:
            response: httpx.Response = done.value
            return response
        finally:
            steps.close()


class AsyncBitMartHTTPClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` counterpart of :class:`BitMartHTTPClient`, with the same policy."""

    def __init__(
        self,
        *args: Any,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._policy = _Policy(self, retry_policy, rate_limiter)

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        """Send ``request`` under the retry policy; raise a typed error unless BitMart says 1000."""
        if stream:
            return await super().send(request, stream=True, **kwargs)
        steps = self._policy.attempts(request)
        try:
            step = next(steps)
            while True:
                if isinstance(step, _Sleep):
                    await _async_sleep(step.seconds)
                    step = steps.send(None)  # type: ignore[arg-type]
                    continue
                try:
                    outcome: httpx.Response | httpx.TransportError = await super().send(
                        step.request, **kwargs
                    )
                except httpx.TransportError as exc:
                    outcome = exc
                step = steps.send(outcome)
        except StopIteration as done:
            response: httpx.Response = done.value
            return response
        finally:
            steps.close()


__all__ = ["AsyncBitMartHTTPClient", "BitMartHTTPClient"]
