"""``connect()``: one call from credentials to a ready ``bitmart_client`` client."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
from bitmart_client.areas import BitMartClient
from bitmart_client.client import DOCUMENT
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

    Args:
        api_key: The access key; defaults to ``BITMART_API_KEY``.
        secret: The secret key; defaults to ``BITMART_API_SECRET``.
        memo: The memo chosen when the key was created; defaults to ``BITMART_API_MEMO``.
            Without credentials, public operations still work; KEYED and SIGNED ones raise
            ``MissingCredentialsError`` before sending anything.
        base_url: One URL for every host, e.g. ``http://127.0.0.1:8080`` for the mock server.
        hosts: Base URLs per host name (``spot``, ``futures``, ``futures_demo``), for finer control.
        futures_demo: Send futures calls to BitMart's simulated-trading host.
        timeout: Seconds (or an ``httpx.Timeout``) for each attempt.
        retry: The retry policy; ``None`` disables retries. See ``bitmart_runtime.retry``.
        rate_limit: ``True`` to pace calls under each operation's documented limit, or a
            ``RateLimiter`` to share one between clients.
        sync_time: Measure the offset to BitMart's clock before signing (see ``BitMartAuth``).
        clock: Unix time in seconds for timestamps; defaults to ``time.time``.
        transport: A custom httpx transport for synchronous calls (tests, proxies).
        async_transport: The same for asynchronous calls.
        headers: Extra headers for every request.
        proxy: A proxy URL (or ``httpx.Proxy``) for every request, sync and async; without it
            httpx follows the ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` variables.
        event_hooks: httpx event hooks for synchronous calls, ``{"request": [f], "response": [g]}``:
            called on every attempt, retries included.
        async_event_hooks: The same for asynchronous calls (coroutine functions, as httpx needs).
        log_level: Set this level on the client's loggers (``bitmart_runtime``, ``bitmart_auth``,
            ``httpx``), with a stderr handler if logging is not configured.
        strict: Raise ``DriftError`` when an answer departs from the document in any way
            (default: no, unless the environment sets ``BITMART_STRICT=1``). Otherwise answers
            are read leniently: the model keeps what BitMart sent, the
            departures are listed on ``Response.drift`` and logged once per operation and field
            on the ``bitmart_runtime.drift`` logger. Missing identifiers always raise.
        record_drift: A folder where answers that drift are saved, personal fields blanked,
            for ``python -m bitmart_runtime.drift``.

    The returned client offers every operation by area (``client.spot_market.get_spot_ticker(
    symbol="BTC_USDT")``), works with any function of ``bitmart_client.api``, and is a context
    manager (``with connect() as client:``) that closes its connections.

    """
    credentials = Credentials(
        api_key if api_key is not None else os.environ.get(ENV_KEY) or None,
        secret if secret is not None else os.environ.get(ENV_SECRET) or None,
        memo if memo is not None else os.environ.get(ENV_MEMO),
    )
    auth = BitMartAuth(
        credentials, hosts=_hosts(base_url, hosts, futures_demo), clock=clock, sync_time=sync_time
    )
    limiter = RateLimiter.from_operations(OPERATIONS) if rate_limit is True else (rate_limit or None)
    common: dict[str, Any] = {"retry_policy": retry or _NO_RETRIES, "rate_limiter": limiter}
    parse_options = ParseOptions(
        strict=strict_by_default() if strict is None else strict,
        record_drift=Path(record_drift) if record_drift is not None else None,
        document=DOCUMENT,
    )
    if log_level is not None:
        set_log_level(log_level)
    return BitMartClient(
        base_url=auth.hosts["spot"],
        parse_options=parse_options,
        auth=auth,
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        headers={"User-Agent": user_agent(), **(headers or {})},
        httpx_args=_proxy_option(proxy, transport, async_transport),
        httpx_client_factory=functools.partial(
            BitMartHTTPClient, transport=transport, **_hooks_option(event_hooks), **common
        ),
        async_httpx_client_factory=functools.partial(
            AsyncBitMartHTTPClient, transport=async_transport, **_hooks_option(async_event_hooks), **common
        ),
    )


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
