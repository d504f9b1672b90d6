"""Where the command talks to, and as whom: credentials, the client, the embedded mock.

Credentials come from ``BITMART_API_KEY``, ``BITMART_API_SECRET`` and ``BITMART_API_MEMO`` or
from a prompt with hidden input, never from the command line (other users of the machine can
read a process's arguments). ``--mock`` starts the embedded mock exchange with its demo account
and its demo credentials. The client paces every call under the documented rate limits and
retries reads as the runtime does, with budgets sized for a long export.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import click
import httpx
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_runtime.retry import RetryPolicy

ENV_NAMES = ("BITMART_API_KEY", "BITMART_API_SECRET", "BITMART_API_MEMO")
BITMART = "https://api-cloud.bitmart.com"
EXPORT_RETRY = RetryPolicy(max_attempts=8, base_delay=0.5, max_delay=30.0, total_timeout=300.0)
"""Reads are retried as the runtime does; an export can wait longer than an interactive call."""


@dataclass
class Overrides:
    """What tests (and embedding programs) may inject instead of the network and the clock."""

    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None
    clock: Callable[[], float] | None = None
    """Unix seconds, for signing and for the export's ``until``."""
    retry: RetryPolicy = field(default_factory=lambda: EXPORT_RETRY)


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
    """The client every command uses: paced under the documented limits, reads retried."""
    overrides = overrides or Overrides()
    return connect(
        key,
        secret,
        memo,
        base_url=base_url,
        rate_limit=True,
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

        server = MockServer().start()
        base_url = server.url
        key, secret, memo = DEFAULT_CREDENTIAL.key, DEFAULT_CREDENTIAL.secret, DEFAULT_CREDENTIAL.memo
    else:
        base_url = _check_url(base_url) if base_url else None
        key, secret, memo = credentials()
    client = make_client(key, secret, memo, base_url, overrides)
    try:
        yield Target(base_url or BITMART, client, mock)
    finally:
        if server is not None:
            server.stop()


__all__ = ["ENV_NAMES", "EXPORT_RETRY", "Overrides", "Target", "credentials", "make_client", "open_target"]
