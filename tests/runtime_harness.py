"""Scripted BitMart answers, a fake clock and a driver for the sans-IO flows, shared by the runtime tests.

``Script`` answers each operation from its own queue of canned outcomes (a response, or a
transport error to raise) and records every request it was sent, so tests count placements and
look-ups. ``FakeClock`` is a monotonic clock that only moves when a test (or a recorded sleep)
moves it. ``drive`` runs ``Policy.attempts`` by hand, as the httpx clients do, answering from a
``Script`` and advancing the clock on every ``Sleep``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import httpx
from bitmart_client.error_codes import ERROR_CODES
from bitmart_client.operations import OPERATIONS
from bitmart_runtime._policy import Policy, run
from bitmart_runtime.rate_limit import RateLimiter
from bitmart_runtime.retry import RetryPolicy

Responder = Callable[[httpx.Request], httpx.Response]
"""One canned outcome: returns a response or raises an ``httpx.TransportError``."""

SPOT = "https://api-cloud.bitmart.com"
_BUILDER = httpx.Client(base_url=SPOT)  # only builds requests; creating one per test costs ~10 ms


class FakeClock:
    """A clock that moves only when told to; ``sleep`` records the wait and moves it."""

    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def envelope(
    data: Any = None, *, code: int = 1000, status: int = 200, headers: dict[str, Any] | None = None
) -> Responder:
    """A BitMart envelope with ``code`` (1000: success with ``data``)."""
    body: dict[str, Any] = {"code": code, "message": "OK" if code == 1000 else "refused", "trace": "tr"}
    body["data"] = {} if data is None else data
    return raw(status, json.dumps(body).encode(), headers)


def raw(status: int, content: bytes, headers: dict[str, Any] | None = None) -> Responder:
    """Exactly these bytes, with this status and these headers."""

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers=headers, request=request)

    return respond


def fails(kind: type[httpx.TransportError]) -> Responder:
    """Raise ``kind`` (a connect error: never sent; a read timeout: maybe carried out)."""

    def respond(request: httpx.Request) -> httpx.Response:
        raise kind(f"scripted {kind.__name__}", request=request)

    return respond


def rate_limited(reset: str | None = "2") -> Responder:
    """BitMart's 429 (30013), with a ``Reset`` header unless ``reset`` is ``None``."""
    headers = {"X-BM-RateLimit-Remaining": "12", "X-BM-RateLimit-Limit": "12"}
    if reset is not None:
        headers["X-BM-RateLimit-Reset"] = reset
    return envelope(code=30013, status=429, headers=headers)


class Script:
    """Answers per operation from queues of canned outcomes; the last one repeats."""

    def __init__(
        self, answers: dict[str, Iterable[Responder]], latency: float = 0.0, clock: Any = None
    ) -> None:
        self.answers = {name: list(responders) for name, responders in answers.items()}
        self.sent: dict[str, list[httpx.Request]] = defaultdict(list)
        self.order: list[tuple[str, int]] = []
        """(operation, index of the canned outcome used) for every request, in the order sent."""
        self.sent_at: list[tuple[str, float]] = []
        """(operation, the clock's time) for each request sent (when there is a clock)."""
        self.latency = latency
        self.clock = clock

    def __call__(self, request: httpx.Request) -> httpx.Response:
        name = request.extensions.get("bitmart_operation", f"{request.method} {request.url.path}")
        request.read()
        self.sent[name].append(request)
        if self.clock is not None:
            self.sent_at.append((name, self.clock.now))
            self.clock.now += self.latency
        queue = self.answers.get(name)
        if not queue:
            raise AssertionError(f"unscripted request to {name}")
        self.order.append((name, len(self.sent[name]) - 1))
        responder = queue.pop(0) if len(queue) > 1 else queue[0]
        return responder(request)

    def count(self, name: str) -> int:
        """How many requests of ``name`` were sent."""
        return len(self.sent[name])

    def transport(self) -> httpx.MockTransport:
        """This script as an httpx transport (sync and async)."""
        return httpx.MockTransport(self)


def policy(
    clock: FakeClock,
    *,
    limiter: RateLimiter | None = None,
    seed: int = 7,
    **retry: Any,
) -> Policy:
    """A ``Policy`` over the generated tables, on ``clock``, with a seeded random source."""
    import random

    settings: dict[str, Any] = {
        "max_attempts": 4,
        "base_delay": 0.25,
        "max_delay": 8.0,
        "total_timeout": 30.0,
    }
    settings.update(retry)
    return Policy(
        operations=OPERATIONS,
        error_codes=ERROR_CODES,
        build_request=_BUILDER.build_request,
        retry_policy=RetryPolicy(rng=random.Random(seed), clock=clock, **settings),
        rate_limiter=limiter,
    )


def drive(flow: Policy, request: httpx.Request, script: Script, clock: FakeClock) -> httpx.Response:
    """Run ``flow.attempts(request)`` to its end with the sync client's own loop, on the fake clock."""
    return run(flow.attempts(request), script, clock.sleep)


def request(operation: str, body: dict[str, Any] | None = None, **params: Any) -> httpx.Request:
    """A request of ``operation`` as the generated functions build it."""
    op = OPERATIONS[operation]
    extensions = {"bitmart_operation": operation}
    url = SPOT + op.path
    if op.method == "GET":
        return httpx.Request("GET", url, params=params, extensions=extensions)
    return httpx.Request(op.method, url, json=body or {}, extensions=extensions)
