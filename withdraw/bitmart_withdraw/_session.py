"""Where the command talks to, and as whom (until the ``bitmart`` command's own session lands).

The conventions are the ``bitmart`` command's: credentials from ``BITMART_API_KEY``,
``BITMART_API_SECRET`` and ``BITMART_API_MEMO`` or a hidden prompt, never from the command line
(other users of the machine can read a process's arguments); ``--base-url`` for any server;
``--mock`` for the embedded mock exchange with its demo account and demo credentials.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import click
import httpx
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_runtime.retry import RetryPolicy

ENV_NAMES = ("BITMART_API_KEY", "BITMART_API_SECRET", "BITMART_API_MEMO")
READ_RETRY = RetryPolicy(max_attempts=6, base_delay=0.5, max_delay=15.0, total_timeout=120.0)
"""Reads are retried as the runtime does; writes never are (the executor decides)."""


@dataclass
class Overrides:
    """What tests (and embedding programs) inject instead of the network and the clock."""

    transport: httpx.BaseTransport | None = None
    clock: Callable[[], float] | None = None
    """Unix seconds, for signing and for the executor's windows."""
    sleep: Callable[[float], None] | None = None
    retry: RetryPolicy = field(default_factory=lambda: READ_RETRY)
    rate_limit: bool = True

    def now_ms(self) -> int:
        """The clock in Unix milliseconds."""
        return int((self.clock or time.time)() * 1000)


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


@contextmanager
def open_target(base_url: str | None, mock: bool, overrides: Overrides) -> Iterator[Target]:
    """A client of BitMart, of ``base_url``, or of a freshly started embedded mock."""
    if mock and base_url:
        raise click.UsageError("--mock and --base-url exclude each other")
    server = None
    if mock:
        from bitmart_mock import DEFAULT_CREDENTIAL, MockServer

        server = MockServer().start()
        base_url = server.url
        key, secret, memo = DEFAULT_CREDENTIAL.key, DEFAULT_CREDENTIAL.secret, DEFAULT_CREDENTIAL.memo
    else:
        if base_url is not None:
            parsed = httpx.URL(base_url)
            if parsed.scheme not in ("http", "https") or not parsed.host:
                raise click.BadParameter(f"{base_url!r} is not an http(s) URL", param_hint="--base-url")
            base_url = base_url.rstrip("/")
        key, secret, memo = credentials()
    client = connect(
        key,
        secret,
        memo,
        base_url=base_url,
        rate_limit=overrides.rate_limit,
        retry=overrides.retry,
        clock=overrides.clock,
        transport=overrides.transport,
    )
    try:
        yield Target(base_url or "https://api-cloud.bitmart.com", client, mock)
    finally:
        client.get_httpx_client().close()
        if server is not None:
            server.stop()


__all__ = ["ENV_NAMES", "Overrides", "Target", "credentials", "open_target"]
