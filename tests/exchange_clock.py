"""A settable exchange clock for mock tests that move time (interest, withdrawal states...),
and the loopback server and client such tests share."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_mock import MockApp, MockConfig, MockServer

START_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z
HOUR_MS = 3_600_000
DAY_MS = 86_400_000


class ExchangeClock:
    """The mock exchange's clock, moved by the test (``clock.now += DAY_MS``)."""

    def __init__(self, start: int = START_MS) -> None:
        self.now = start

    def __call__(self) -> int:
        return self.now


@contextmanager
def clocked_server(clock: ExchangeClock, **settings: Any) -> Iterator[MockServer]:
    """A mock on loopback whose exchange runs on ``clock`` and checks its own answers against the
    spec; ``settings`` override the MockConfig defaults used here."""
    # No rate limits (tests call fast), and any signing timestamp: the clock is not the wall clock.
    defaults: dict[str, Any] = {
        "rate_limits": False,
        "validate_responses": True,
        "timestamp_window_ms": 10**13,
    }
    with MockServer(MockApp(MockConfig(**{**defaults, **settings}), clock=clock)) as server:
        yield server


def clocked_client(
    server: MockServer,
    clock: ExchangeClock,
    key: tuple[str, str, str] = ("mock-key", "mock-secret", "mock-memo"),
) -> AuthenticatedClient:
    """A client of ``server`` that signs with the exchange's time and never retries (a retry would
    hide the answer under test)."""
    return connect(*key, base_url=server.url, retry=None, clock=lambda: clock.now / 1000)


def fresh_client(server: MockServer, clock: ExchangeClock) -> Iterator[AuthenticatedClient]:
    """For a fixture of one test on a mock its module shares: the clock back at ``START_MS`` and
    the exchange reset, then (after the test) none of the mock's answers off the spec."""
    clock.now = START_MS
    server.app.reset()
    yield clocked_client(server, clock)
    assert server.app.violations == []
