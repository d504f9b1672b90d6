"""Where every ``bitmart`` command talks to, and as whom: credentials, the client, the embedded mock.

Credentials come from ``BITMART_API_KEY``, ``BITMART_API_SECRET`` and ``BITMART_API_MEMO`` or
from a prompt with hidden input, never from the command line (other users of the machine can
read a process's arguments). ``--base-url`` points a command at any server; ``--mock`` starts the
embedded mock exchange (:func:`embedded_mock_config`) with its demo account and demo credentials.
The client reads leniently (an answer that departs from the document still reaches the user,
recorded and logged), paces every call under the documented rate limits and retries reads as the
runtime does, with budgets sized for long commands.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import click
import httpx
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_runtime.retry import RetryPolicy

if TYPE_CHECKING:
    from bitmart_mock import MockConfig

ENV_NAMES = ("BITMART_API_KEY", "BITMART_API_SECRET", "BITMART_API_MEMO")
BITMART = "https://api-cloud.bitmart.com"
COMMAND_RETRY = RetryPolicy(max_attempts=8, base_delay=0.5, max_delay=30.0, total_timeout=300.0)
"""Reads are retried as the runtime does; an export or a withdrawal run can wait longer than an
interactive call. Writes are never repeated on a guess (the runtime looks keyed ones up first)."""


def embedded_mock_config() -> MockConfig:
    """What ``--mock`` starts: the demo account with a seeded year of history, rate-limited."""
    from bitmart_mock import MockConfig

    return MockConfig(history=True)


@dataclass
class Overrides:
    """What tests (and embedding programs) inject instead of the network, the clock and the mock.

    A click command finds it in its context object (``CliRunner().invoke(main, obj=overrides)``).
    """

    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None
    clock: Callable[[], float] | None = None
    """Unix seconds, for signing, for the export's ``until`` and for withdraw-all's windows."""
    sleep: Callable[[float], None] | None = None
    """withdraw-all's waits (settling, resending, following withdrawals); ``time.sleep`` if unset."""
    retry: RetryPolicy = field(default_factory=lambda: COMMAND_RETRY)
    rate_limit: bool = True
    """Pace calls under the documented limits (tests of an unpaced mock turn it off)."""
    mock_config: MockConfig | None = None
    """The settings of the mock ``--mock`` starts; :func:`embedded_mock_config` if unset."""

    def now_ms(self) -> int:
        """The clock in Unix milliseconds."""
        return int((self.clock or time.time)() * 1000)


def overrides_of(context: click.Context) -> Overrides:
    """The overrides a caller put in the click context, or the defaults."""
    found = context.find_object(Overrides)
    return found if found is not None else Overrides()


@dataclass
class Target:
    """The exchange being talked to."""

    base_url: str
    client: AuthenticatedClient
    mock: bool


def credentials() -> tuple[str, str, str]:
    """The key, secret and memo from the environment, or asked for (hidden) on a terminal."""
    values = [os.environ.get(name, "") for name in ENV_NAMES]
    if all(values[:2]):
        return values[0], values[1], values[2]
    if not sys.stdin.isatty():
        raise click.UsageError(
            f"no credentials: set {', '.join(ENV_NAMES)} (or run on a terminal to be asked)"
        )
    key = values[0] or click.prompt("BitMart API key", hide_input=True)
    secret = values[1] or click.prompt("API secret", hide_input=True)
    memo = values[2] or click.prompt("API memo", hide_input=True, default="", show_default=False)
    return str(key), str(secret), str(memo)


def _check_url(url: str) -> str:
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="--base-url")
    return url.rstrip("/")


def make_client(
    key: str, secret: str, memo: str, base_url: str | None, overrides: Overrides | None = None
) -> AuthenticatedClient:
    """The client every command uses: lenient, paced under the documented limits, reads retried.

    ``strict=False`` whatever ``BITMART_STRICT`` says: for someone getting their history and
    funds out, an answer that departs a little from the document must still be read (its drift
    is logged on ``bitmart_runtime.drift``); only a missing identifier stops a read.
    """
    overrides = overrides or Overrides()
    return connect(
        key,
        secret,
        memo,
        base_url=base_url,
        strict=False,
        rate_limit=overrides.rate_limit,
        retry=overrides.retry,
        timeout=30.0,
        clock=overrides.clock,
        transport=overrides.transport,
        async_transport=overrides.async_transport,
    )


@contextmanager
def open_target(base_url: str | None, mock: bool, overrides: Overrides | None = None) -> Iterator[Target]:
    """A client of BitMart, of ``base_url``, or of a freshly started embedded mock."""
    overrides = overrides or Overrides()
    if mock and base_url:
        raise click.UsageError("--mock and --base-url exclude each other")
    server = None
    if mock:
        from bitmart_mock import DEFAULT_CREDENTIAL, MockServer

        server = MockServer(config=overrides.mock_config or embedded_mock_config()).start()
        base_url = server.url
        key, secret, memo = DEFAULT_CREDENTIAL.key, DEFAULT_CREDENTIAL.secret, DEFAULT_CREDENTIAL.memo
    else:
        base_url = _check_url(base_url) if base_url else None
        key, secret, memo = credentials()
    client = make_client(key, secret, memo, base_url, overrides)
    try:
        yield Target(base_url or BITMART, client, mock)
    finally:
        client.get_httpx_client().close()
        if server is not None:
            server.stop()


__all__ = [
    "BITMART",
    "COMMAND_RETRY",
    "ENV_NAMES",
    "Overrides",
    "Target",
    "credentials",
    "embedded_mock_config",
    "make_client",
    "open_target",
    "overrides_of",
]
