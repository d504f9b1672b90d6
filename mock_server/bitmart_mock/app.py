"""The mock BitMart: its state, and thin ASGI and httpx adapters over the gates of ``_gates``.

A request goes through the same gates as on BitMart, in this order: routing (404 /
``path_not_found`` for unknown paths, 405 for undocumented methods), planned faults,
authentication, the operation's rate limit (429 / ``too_many_requests``), maintenance, retired
endpoints (``endpoint_retired``), request validation against the spec (the family's 4xx code, or
7xxxx with HTTP 200 on market data), and finally the operation's handler. The answer is
BitMart's envelope with the ``X-BM-RateLimit-*`` headers.

``/__mock__/...`` is the mock's own control API (``_admin``); it is not part of BitMart.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx

from ._admin import AdminApi
from ._faults import Fault, FaultPlan
from ._gates import Context, pipeline
from ._http import Journal, JournalEntry, Reply, Request
from ._limits import MockRateLimiter
from ._spec import SPEC
from .config import MockConfig
from .exchange import Exchange
from .handlers import load_all

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_DROPPED_BODY = b'{"code":1000,"message":"OK","data":{'


class MockApp:
    """The mock exchange: an ASGI application plus direct, thread-safe access to its state."""

    def __init__(self, config: MockConfig | None = None, *, clock: Callable[[], int] | None = None) -> None:
        self.config = config or MockConfig()
        self._clock = clock
        self.handlers = load_all()
        self.faults = FaultPlan()
        self.limiter = MockRateLimiter(enabled=self.config.rate_limits)
        self.journal = Journal(max_bytes=self.config.journal_bytes, body_bytes=self.config.journal_body_bytes)
        self.violations: list[str] = []
        self.lock = threading.RLock()
        self.credentials = {credential.key: credential for credential in self.config.credentials}
        self.admin = AdminApi()
        self.exchange = Exchange(self.config, clock=clock)
        self._traces = itertools.count(1)
        self._pipeline = pipeline()

    # ---- control -------------------------------------------------------------------------------
    def reset(self) -> None:
        """Start again from the demo state: fresh exchange, counters, faults and journal."""
        with self.lock:
            self.exchange = Exchange(self.config, clock=self._clock)
            self.faults.clear()
            self.limiter.reset()
            self.journal.clear()
            self.violations.clear()

    def add_fault(self, fault: Fault) -> Fault:
        """Plan a fault (see ``bitmart_mock._faults``)."""
        with self.lock:
            return self.faults.add(fault)

    def set_maintenance(self, service: str, code: int | None) -> None:
        """Put a service (``x-bitmart-services`` switch) under maintenance answering ``code``, or end it."""
        switches = SPEC.rules.maintenance_switches
        if service not in switches:
            raise ValueError(f"service is one of {', '.join(switches)}")
        codes = SPEC.rules.errors.maintenance_codes
        if code is not None and (isinstance(code, bool) or code not in codes):
            raise ValueError(f"code is null or a maintenance code: {', '.join(map(str, sorted(codes)))}")
        with self.lock:
            if code is None:
                self.exchange.maintenance.pop(service, None)
            else:
                self.exchange.maintenance[service] = code

    # ---- one request ---------------------------------------------------------------------------
    def handle(
        self,
        method: str,
        path: str,
        query: bytes,
        headers: Mapping[str, str],
        body: bytes,
        client_ip: str,
        *,
        raw_path: bytes = b"",
        declared_size: int | None = None,
    ) -> Reply:
        """Answer one request (thread-safe; the state changes one request at a time).

        ``raw_path`` is the path as sent (percent-escapes kept); ``declared_size`` the size of a
        body too large to have been read (``body`` is then its start, or empty).
        """
        request = Request(method, path, query, headers, body, client_ip, raw_path, declared_size)
        with self.lock:
            ctx = Context(self, request, str(uuid.UUID(int=next(self._traces))))
            reply = self._pipeline(ctx)
            self.journal.record(ctx.op.operation_id if ctx.op else None, request, reply)
            return reply

    def httpx_transport(self) -> httpx.MockTransport:
        """An in-memory httpx transport to this app (no socket; faults become transport errors)."""

        def respond(request: httpx.Request) -> httpx.Response:
            headers = {k.lower(): v for k, v in request.headers.items()}
            url = request.url
            reply = self.handle(
                request.method, url.path, url.query, headers, request.read(), "127.0.0.1",
                raw_path=url.raw_path.split(b"?", 1)[0],
            )  # fmt: skip
            if reply.drop:
                raise httpx.RemoteProtocolError("mock fault: connection dropped", request=request)
            return httpx.Response(reply.status, headers=reply.headers, content=reply.body)

        return httpx.MockTransport(respond)

    # ---- ASGI ----------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI entry point."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        body, declared = await _read_body(receive, headers, self.config.max_body_bytes)
        client = scope.get("client") or ("127.0.0.1", 0)
        reply = self.handle(
            scope["method"], scope["path"], scope.get("query_string", b""), headers, body, client[0],
            raw_path=scope.get("raw_path") or b"", declared_size=declared,
        )  # fmt: skip
        await _send_reply(reply, send)


async def _read_body(receive: Receive, headers: Mapping[str, str], limit: int) -> tuple[bytes, int | None]:
    """The body, or, once it is known to be over ``limit``, what was read and its size so far.

    A body over the limit is never held whole: reading stops there (the server then closes the
    connection instead of reading on).
    """
    declared = headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and (len(declared) > 18 or int(declared) > limit):
        return b"", int(declared) if len(declared) <= 18 else limit + 1
    chunks, size = [], 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", size
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks), None


async def _send_reply(reply: Reply, send: Send) -> None:
    if reply.delay:
        await asyncio.sleep(reply.delay)
    if reply.drop:
        # Promise more bytes than are sent, then fail: the server closes the connection mid-body.
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"4096")]})
        await send({"type": "http.response.body", "body": _DROPPED_BODY, "more_body": True})
        raise ConnectionAbortedError("bitmart_mock fault: connection dropped on purpose")
    raw_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers]
    await send({"type": "http.response.start", "status": reply.status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": reply.body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def create_app(config: MockConfig | None = None, **kwargs: Any) -> MockApp:
    """A new mock exchange in its demo state."""
    return MockApp(config, **kwargs)


__all__ = ["JournalEntry", "MockApp", "Reply", "create_app"]
