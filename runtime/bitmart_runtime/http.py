"""httpx clients that add BitMart's error semantics, the retry policy and the rate limiter.

``send`` is overridden, so everything above it (the generated operation functions,
``client.get``...) gets the behaviour, and everything below it (the auth flow, the transport)
runs once per attempt: each attempt is routed and signed afresh.

The decisions live in one sans-IO generator, :meth:`bitmart_runtime._policy.Policy.attempts`, in
the style of httpx's own ``auth_flow``: it yields "send this request" and "sleep this long" steps
and receives the outcomes. The sync and async clients only drive it, so both behave identically.

Both clients need the spec's tables, which ``bitmart_auth.connect()`` passes in: ``operations``
(``bitmart_client.operations.OPERATIONS``) and ``error_codes``
(``bitmart_client.error_codes.ERROR_CODES``).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Mapping
from typing import Any

import httpx

from ._policy import Outcome, Policy, Sleep, run
from .errors import ErrorCodeTable
from .operations import Operation
from .rate_limit import RateLimiter
from .retry import RetryPolicy


async def _async_sleep(seconds: float) -> None:
    # asyncio costs ~15 ms to import; sync-only programs never pay for it.
    import asyncio

    await asyncio.sleep(seconds)


class _PolicyClient:
    """Builds the :class:`Policy` of a client from the keyword arguments both clients take."""

    _policy: Policy

    def __init__(
        self,
        *args: Any,
        operations: Mapping[str, Operation],
        error_codes: ErrorCodeTable,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._policy = Policy(
            operations=operations,
            error_codes=error_codes,
            build_request=self.build_request,  # type: ignore[attr-defined]
            retry_policy=retry_policy,
            rate_limiter=rate_limiter,
        )


class BitMartHTTPClient(_PolicyClient, httpx.Client):
    """``httpx.Client`` with BitMart error checking, retries and optional rate limiting.

    Extra keyword arguments: ``operations`` and ``error_codes`` (the spec's tables, required),
    ``retry_policy`` (a :class:`RetryPolicy`; ``RetryPolicy(max_attempts=1)`` disables retries)
    and ``rate_limiter`` (a :class:`RateLimiter`, or ``None`` for none).
    """

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        """Send ``request`` under the retry policy; raise a typed error unless BitMart says 1000."""
        if stream:
            return super().send(request, stream=True, **kwargs)
        steps = self._policy.attempts(request)
        return run(
            steps,
            functools.partial(httpx.Client.send, self, **kwargs),
            self._policy.retry_policy.sleep or time.sleep,
        )


class AsyncBitMartHTTPClient(_PolicyClient, httpx.AsyncClient):
    """``httpx.AsyncClient`` counterpart of :class:`BitMartHTTPClient`, with the same policy."""

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        """Send ``request`` under the retry policy; raise a typed error unless BitMart says 1000."""
        if stream:
            return await super().send(request, stream=True, **kwargs)
        sleep = self._policy.retry_policy.async_sleep or _async_sleep
        steps = self._policy.attempts(request)
        outcome: Outcome | None = None
        try:
            while True:
                step = steps.send(outcome)
                if isinstance(step, Sleep):
                    await sleep(step.seconds)
                    outcome = None
                else:
                    outcome = await self._attempt(step.request, kwargs)
        except StopIteration as done:
            response: httpx.Response = done.value
            return response
        finally:
            steps.close()

    async def _attempt(self, request: httpx.Request, kwargs: dict[str, Any]) -> Outcome:
        try:
            return await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            return exc


__all__ = ["AsyncBitMartHTTPClient", "BitMartHTTPClient"]
