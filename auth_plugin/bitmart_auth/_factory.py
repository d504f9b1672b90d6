"""``connect()``: one call from credentials to a ready ``bitmart_client`` client."""

from __future__ import annotations

import functools
import os
import ssl
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from bitmart_client.areas import BitMartClient
from bitmart_client.client import DOCUMENT
from bitmart_client.error_codes import ERROR_CODES
from bitmart_client.operations import HOSTS, OPERATIONS
from bitmart_runtime.errors import ConfigurationError
from bitmart_runtime.http import AsyncBitMartHTTPClient, BitMartHTTPClient
from bitmart_runtime.parsing import ParseOptions, strict_by_default
from bitmart_runtime.rate_limit import RateLimiter
from bitmart_runtime.retry import RetryPolicy

from ._auth import BitMartAuth
from ._credentials import ENV_KEY, ENV_MEMO, ENV_SECRET, Credentials
from ._logging import set_log_level
from ._version import user_agent

EventHooks = Mapping[str, Sequence[Callable[..., Any]]]
"""httpx's ``event_hooks``: ``{"request": [...], "response": [...]}``."""
_NO_RETRIES = RetryPolicy(max_attempts=1)
# The runtime never imports the generated package: the spec's tables are handed to it here.
_TABLES: dict[str, Any] = {"operations": OPERATIONS, "error_codes": ERROR_CODES}


def connect(
    api_key: str | None = None,
    secret: str | None = None,
    memo: str | None = None,
    *,
    base_url: str | None = None,
    hosts: Mapping[str, str] | None = None,
    futures_demo: bool = False,
    timeout: float | httpx.Timeout = 10.0,
    retry: RetryPolicy | None = RetryPolicy(),  # noqa: B008 - immutable default
    rate_limit: bool | RateLimiter = False,
    sync_time: bool = False,
    clock: Callable[[], float] | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    headers: Mapping[str, str] | None = None,
    proxy: str | httpx.URL | httpx.Proxy | None = None,
    event_hooks: EventHooks | None = None,
    async_event_hooks: EventHooks | None = None,
    log_level: int | str | None = None,
    strict: bool | None = None,
    record_drift: str | os.PathLike[str] | None = None,
) -> BitMartClient:
    """Return a client for every BitMart operation, sync and async, ready to use.

    ``api_key``, ``secret`` and ``memo`` default to ``BITMART_API_KEY``, ``BITMART_API_SECRET``
    and ``BITMART_API_MEMO``; without them public operations still work, and KEYED and SIGNED
    ones raise ``MissingCredentialsError`` before sending anything. Every other option is
    described on :class:`ConnectOptions`, under the same name.

    The client offers every operation by area (``client.spot_market.get_spot_ticker(
    symbol="BTC_USDT")``), works with any function of ``bitmart_client.api``, and is a context
    manager (``with connect() as client:``) that closes its connections.
    """
    # locals() holds exactly the parameters here: the options take them by name.
    options = ConnectOptions(**{k: v for k, v in locals().items() if k not in ("api_key", "secret", "memo")})
    auth = BitMartAuth(
        _credentials(api_key, secret, memo),
        hosts=_hosts(base_url, hosts, futures_demo),
        clock=clock,
        sync_time=sync_time,
        **_TABLES,
    )
    if log_level is not None:
        set_log_level(log_level)
    sync_factory, async_factory = options.client_factories()
    return BitMartClient(
        base_url=auth.hosts["spot"],
        auth=auth,
        parse_options=options.parse_options(),
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        headers={"User-Agent": user_agent(), **(headers or {})},
        verify_ssl=_tls_context(),
        httpx_args=_proxy_option(proxy, transport, async_transport),
        httpx_client_factory=sync_factory,
        async_httpx_client_factory=async_factory,
    )


@dataclass(frozen=True)
class ConnectOptions:
    """The options of :func:`connect` (other than the credentials), one field each."""

    base_url: str | None = None
    """One URL for every host, e.g. ``http://127.0.0.1:8080`` for the mock server."""
    hosts: Mapping[str, str] | None = None
    """Base URLs per host name (``spot``, ``futures``, ``futures_demo``), for finer control."""
    futures_demo: bool = False
    """Send futures calls to BitMart's simulated-trading host."""
    timeout: float | httpx.Timeout = 10.0
    """Seconds (or an ``httpx.Timeout``) for each attempt."""
    retry: RetryPolicy | None = field(default_factory=RetryPolicy)
    """The retry policy; ``None`` disables retries. See ``bitmart_runtime.retry``."""
    rate_limit: bool | RateLimiter = False
    """``True`` to pace calls under each operation's documented limit, or a ``RateLimiter`` to
    share one between clients."""
    sync_time: bool = False
    """Measure the offset to BitMart's clock before signing (see ``BitMartAuth``)."""
    clock: Callable[[], float] | None = None
    """Unix time in seconds for timestamps; defaults to ``time.time``."""
    transport: httpx.BaseTransport | None = None
    """A custom httpx transport for synchronous calls (tests, the mock in process)."""
    async_transport: httpx.AsyncBaseTransport | None = None
    """The same for asynchronous calls."""
    headers: Mapping[str, str] | None = None
    """Extra headers for every request."""
    proxy: str | httpx.URL | httpx.Proxy | None = None
    """A proxy URL (or ``httpx.Proxy``) for every request, sync and async; without it httpx
    follows ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY``. Not together with ``transport``."""
    event_hooks: EventHooks | None = None
    """httpx event hooks for synchronous calls, ``{"request": [f], "response": [g]}``: called on
    every attempt, retries included."""
    async_event_hooks: EventHooks | None = None
    """The same for asynchronous calls (coroutine functions, as httpx needs)."""
    log_level: int | str | None = None
    """Set this level on the client's loggers (``bitmart_runtime``, ``bitmart_auth``, ``httpx``),
    with a stderr handler if logging is not configured."""
    strict: bool | None = None
    """Raise ``DriftError`` when an answer departs from the document in any way (default: no,
    unless the environment sets ``BITMART_STRICT=1``). Otherwise answers are read leniently: the
    model keeps what BitMart sent, the departures are listed on ``Response.drift`` and logged once
    per operation and field on ``bitmart_runtime.drift``. Missing identifiers always raise."""
    record_drift: str | os.PathLike[str] | None = None
    """A folder where answers that drift are saved, personal fields blanked, for
    ``python -m bitmart_runtime.drift``."""

    def parse_options(self) -> ParseOptions:
        """How the client reads answers."""
        return ParseOptions(
            strict=strict_by_default() if self.strict is None else self.strict,
            record_drift=Path(self.record_drift) if self.record_drift is not None else None,
            document=DOCUMENT,
        )

    def client_factories(self) -> tuple[Callable[..., Any], Callable[..., Any]]:
        """The factories of the sync and the async httpx client.

        Both get the retry policy, one rate limiter shared between them, their event hooks and
        the spec's tables.
        """
        limiter = (
            RateLimiter.from_operations(OPERATIONS) if self.rate_limit is True else (self.rate_limit or None)
        )
        common = {**_TABLES, "retry_policy": self.retry or _NO_RETRIES, "rate_limiter": limiter}
        sync = functools.partial(
            BitMartHTTPClient, transport=self.transport, **_hooks_option(self.event_hooks), **common
        )
        asynchronous = functools.partial(
            AsyncBitMartHTTPClient,
            transport=self.async_transport,
            **_hooks_option(self.async_event_hooks),
            **common,
        )
        return sync, asynchronous


@functools.cache
def _tls_context() -> ssl.SSLContext:
    # httpx builds a context per client, reading the whole CA bundle each time (about 30 ms); one
    # verifying context serves every connection of the process, and httpx's own defaults
    # (SSL_CERT_FILE, SSL_CERT_DIR, else certifi) still choose what it trusts.
    return httpx.create_ssl_context()


def _proxy_option(proxy: object, *transports: object) -> dict[str, Any]:
    if proxy is None:
        return {}
    if any(transport is not None for transport in transports):
        # httpx would route every request to the proxy and silently bypass the transport.
        raise ConfigurationError("proxy= and transport= exclude each other; a transport does its own I/O")
    return {"proxy": proxy}


def _hooks_option(hooks: EventHooks | None) -> dict[str, Any]:
    if hooks is None:
        return {}
    unknown = set(hooks) - {"request", "response"}
    if unknown:  # httpx would ignore them without a word
        raise ConfigurationError(f"event_hooks: unknown kind {sorted(unknown)}; use 'request' or 'response'")
    return {"event_hooks": {kind: list(calls) for kind, calls in hooks.items()}}


def _credentials(api_key: str | None, secret: str | None, memo: str | None) -> Credentials:
    """The credentials given, each missing one read from the environment (the one place it is read)."""
    return Credentials(
        api_key if api_key is not None else os.environ.get(ENV_KEY) or None,
        secret if secret is not None else os.environ.get(ENV_SECRET) or None,
        memo if memo is not None else os.environ.get(ENV_MEMO),
    )


def _hosts(base_url: str | None, hosts: Mapping[str, str] | None, futures_demo: bool) -> dict[str, str]:
    chosen = dict(HOSTS)
    if futures_demo:
        chosen["futures"] = chosen["futures_demo"]
    if base_url is not None:
        chosen = dict.fromkeys(chosen, base_url.rstrip("/"))
    for name, url in (hosts or {}).items():
        if name not in chosen:
            raise ConfigurationError(f"unknown host name {name!r}; expected one of {sorted(chosen)}")
        chosen[name] = url.rstrip("/")
    return chosen
