"""The mock BitMart as an ASGI application (served by uvicorn, or called in-process).

One request goes through the same gates as on BitMart, in this order: routing (404 / `path_not_found` for
unknown paths, 405 for undocumented methods), planned faults, authentication (`key_empty`-`timestamp_invalid`,
`key_forbidden`), the operation's rate limit (429 / `too_many_requests`), maintenance (`service_maintenance`,
`futures_position_volume_not_enough`, `futures_upgrade_in_progress`), retired endpoints (`endpoint_retired`),
request validation against the spec (the family's 4xx code, or 7xxxx with HTTP 200 on market data), and
finally the operation's handler. The answer is BitMart's envelope with the ``X-BM-RateLimit-*`` headers.

``/__mock__/...`` is the mock's own control API (faults, maintenance, reset, journal); it is
not part of BitMart.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import threading
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._auth import authenticate, check_recv_window
from ._faults import Fault, FaultPlan
from ._limits import MockRateLimiter
from ._spec import NO_EXAMPLE, SPEC, OperationSpec
from ._validation import check_query, parse_body, parse_query
from .config import MockConfig
from .errors import MockError
from .exchange import Exchange
from .handlers import Call, load_all

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_JSON = ("content-type", "application/json")
_ADMIN = "/__mock__/"
_DROPPED_BODY = b'{"code":1000,"message":"OK","data":{'


@dataclass
class Reply:
    """What the mock answers: status, headers, body, and how to misbehave while sending it."""

    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    delay: float = 0.0
    drop: bool = False
    injected: bool = False
    """Made by fault injection: it misbehaves on purpose, so it is not checked against the spec."""

    @property
    def code(self) -> object:
        """BitMart's ``code`` in the body, if the body is JSON with one."""
        try:
            document = json.loads(self.body)
        except ValueError:
            return None
        return document.get("code") if isinstance(document, dict) else None


@dataclass
class JournalEntry:
    """One request the mock answered (credential headers included, for tests; never the secret)."""

    operation: str | None
    method: str
    path: str
    query: bytes
    headers: dict[str, str]
    body: bytes
    status: int
    code: object


def _json_bytes(document: Any) -> bytes:
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()


def service_of(op: OperationSpec) -> str | None:
    """Which maintenance switch covers ``op`` (``x-bitmart-services``); ``None`` for none."""
    return op.service.maintenance


class MockApp:
    """The mock exchange: an ASGI application plus direct, thread-safe access to its state."""

    def __init__(self, config: MockConfig | None = None, *, clock: Callable[[], int] | None = None) -> None:
        self.config = config or MockConfig()
        self._clock = clock
        self.handlers = load_all()
        self.faults = FaultPlan()
        self.limiter = MockRateLimiter(enabled=self.config.rate_limits)
        self.journal: deque[JournalEntry] = deque(maxlen=5000)
        self.violations: list[str] = []
        self.lock = threading.RLock()
        self._credentials = {credential.key: credential for credential in self.config.credentials}
        self._traces = itertools.count(1)
        self.exchange = Exchange(self.config, clock=clock)

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
        """Put ``spot``, ``contract`` or ``account`` under maintenance (answering ``code``), or end it."""
        switches = SPEC.rules.maintenance_switches
        if service not in switches:
            raise ValueError(f"service is one of {', '.join(switches)}")
        with self.lock:
            if code is None:
                self.exchange.maintenance.pop(service, None)
            else:
                self.exchange.maintenance[service] = code

    def httpx_transport(self) -> httpx.MockTransport:
        """An in-memory httpx transport to this app (no socket; faults become transport errors)."""

        def respond(request: httpx.Request) -> httpx.Response:
            headers = {k.lower(): v for k, v in request.headers.items()}
            reply = self.handle(
                request.method, request.url.path, request.url.query, headers, request.read(), "127.0.0.1"
            )
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
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        client = scope.get("client") or ("127.0.0.1", 0)
        reply = self.handle(
            scope["method"],
            scope["path"],
            scope.get("query_string", b""),
            headers,
            b"".join(chunks),
            client[0],
        )
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.drop:
            # Promise more bytes than are sent, then fail: the server closes the connection mid-body.
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"4096")]}
            )
            await send({"type": "http.response.body", "body": _DROPPED_BODY, "more_body": True})
            raise ConnectionAbortedError("bitmart_mock fault: connection dropped on purpose")
        raw_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers]
        await send({"type": "http.response.start", "status": reply.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": reply.body})

    # ---- one request ---------------------------------------------------------------------------
    def handle(
        self, method: str, path: str, query: bytes, headers: Mapping[str, str], body: bytes, client_ip: str
    ) -> Reply:
        """Answer one request (thread-safe; the state changes one request at a time)."""
        with self.lock:
            trace = str(uuid.UUID(int=next(self._traces)))
            op = SPEC.operations.get((method.upper(), path))
            if path.startswith(_ADMIN):
                reply = self._admin(method.upper(), path, body)
            elif op is None:
                reply = self._unrouted(method.upper(), path, trace)
            else:
                reply = self._operation(op, query, headers, body, client_ip, trace)
                if self.config.validate_responses:
                    self._check_reply(op, reply)
            self.journal.append(
                JournalEntry(
                    op.operation_id if op else None,
                    method,
                    path,
                    query,
                    dict(headers),
                    body,
                    reply.status,
                    reply.code,
                )
            )
            return reply

    def _unrouted(self, method: str, path: str, trace: str) -> Reply:
        allowed = SPEC.methods_by_path.get(path)
        if allowed is None:
            error = MockError("path_not_found", gateway=True)
            return Reply(error.http_status, _json_bytes(error.body(trace)), [_JSON])
        documented = SPEC.operations[(allowed[0], path)]
        error = MockError.from_code(documented.service.method_not_allowed)
        return Reply(405, _json_bytes(error.body(trace)), [_JSON, ("allow", ", ".join(sorted(allowed)))])

    def _operation(
        self,
        op: OperationSpec,
        query: bytes,
        headers: Mapping[str, str],
        body: bytes,
        client_ip: str,
        trace: str,
    ) -> Reply:
        rate_headers: dict[str, str] = {}
        delay = 0.0
        try:
            fault = self.faults.take(op.operation_id, "before")
            if fault is not None and fault.kind != "delay":
                return self._fault_reply(fault, trace, None)
            delay = fault.seconds if fault is not None else 0.0
            now = self.exchange.now()
            payload = query if op.method == "GET" else body
            credential = authenticate(
                op, headers, payload, now, self._credentials, self.config.timestamp_window_ms
            )
            scope = op.rate_limit[2]
            scope_key = (
                client_ip
                if scope == "IP" or credential is None
                else (credential.key if scope == "KEY" else credential.account)
            )
            rate_headers = self.limiter.hit(op, scope_key)
            service = service_of(op)
            if service is not None and service in self.exchange.maintenance:
                raise MockError.from_code(self.exchange.maintenance[service])
            if op.deprecated and not self.config.serve_retired:
                raise MockError("endpoint_retired")
            query_values = parse_query(op, query)
            check_query(op, query_values)
            document = parse_body(op, headers.get("content-type", ""), body)
            check_recv_window(op, headers, document, now)
            call = Call(op, self.exchange, credential, query_values, document, now, client_ip)
            data = self._run_handler(op, call)
            reply = Reply(200, _json_bytes(self._success(op, data, trace)), [_JSON, *rate_headers.items()])
        except MockError as error:
            merged = {**rate_headers, **error.headers}
            reply = Reply(error.http_status, _json_bytes(error.body(trace)), [_JSON, *merged.items()])
        reply.delay = delay
        fault = self.faults.take(op.operation_id, "after")
        return self._fault_reply(fault, trace, reply) if fault is not None else reply

    def _run_handler(self, op: OperationSpec, call: Call) -> Any:
        handler = self.handlers.get(op.operation_id)
        if handler is None:
            # No business logic yet: answer the spec's own success example, so the operation is
            # still callable (and typed) end to end. EXAMPLE_ONLY in the tests lists these.
            if op.example_data is NO_EXAMPLE:
                self.violations.append(f"{op.operation_id}: no handler and no example")
                raise MockError(
                    "internal_server_error",
                    f"Internal Server Error (the mock has no handler for {op.operation_id})",
                )
            return copy.deepcopy(op.example_data)
        try:
            self.exchange.catch_up(call.now)
            return handler(call)
        except MockError:
            raise
        except Exception as exc:  # a bug in the mock: answer like a failing BitMart, and record it
            self.violations.append(f"{op.operation_id}: handler crashed: {type(exc).__name__}: {exc}")
            raise MockError(
                "internal_server_error", f"Internal Server Error ({type(exc).__name__} in the mock)"
            ) from exc

    @staticmethod
    def _success(op: OperationSpec, data: Any, trace: str) -> dict[str, Any]:
        if op.envelope == "affiliate":
            return {
                "code": "1000",
                "message": "OK",
                "success": True,
                "data": data,
                "requestId": trace,
                "trace": None,
            }
        return {"code": 1000, "message": op.success_message, "trace": trace, "data": data}

    def _fault_reply(self, fault: Fault, trace: str, executed: Reply | None) -> Reply:
        reply = self._misbehave(fault, trace, executed)
        reply.injected = True
        return reply

    def _misbehave(self, fault: Fault, trace: str, executed: Reply | None) -> Reply:
        if fault.kind == "delay" and executed is not None:
            executed.delay += fault.seconds
            return executed
        if fault.kind == "drop":
            return Reply(200, b"", drop=True)
        if fault.kind == "malformed":
            return Reply(
                200, b'{"code":1000,"message":"OK","trace":"' + trace.encode() + b'","data":{"ord', [_JSON]
            )
        if fault.kind == "rate_limit":
            error = MockError("too_many_requests")
            return Reply(429, _json_bytes(error.body(trace)), [_JSON])
        if fault.kind == "maintenance":
            error = MockError.from_code(fault.code) if fault.code else MockError("service_maintenance")
            return Reply(error.http_status, _json_bytes(error.body(trace)), [_JSON])
        # server_error: a proxy answers 502/504 with HTML, BitMart itself with its envelope.
        if fault.status in (502, 504):
            return Reply(
                fault.status,
                b"<html><body><h1>Bad Gateway</h1></body></html>",
                [("content-type", "text/html")],
            )
        name = SPEC.rules.errors.by_code[fault.code].name if fault.code else "internal_server_error"
        error = MockError(name, http_status=fault.status)
        return Reply(fault.status, _json_bytes(error.body(trace)), [_JSON])

    def _check_reply(self, op: OperationSpec, reply: Reply) -> None:
        if reply.injected:
            return
        document = json.loads(reply.body)
        problems: list[str] = []
        status = str(reply.status)
        documented = set(op.raw["responses"])
        if status not in documented and f"{status[0]}XX" not in documented:
            problems.append(f"HTTP {status} is not documented")
        if reply.status == 200:
            problems += [error.message for error in op.response_validator.iter_errors(document)][:3]
        elif document.get("code") not in SPEC.error_codes:
            problems.append(f"code {document.get('code')} is not in the error table")
        elif document.get("code") not in op.documented_errors:
            problems.append(f"code {document.get('code')} is not documented for this operation")
        if problems:
            self.violations.append(f"{op.operation_id}: " + "; ".join(problems))

    # ---- control API ---------------------------------------------------------------------------
    def _admin(self, method: str, path: str, body: bytes) -> Reply:
        try:
            request = json.loads(body) if body.strip() else {}
            action = path[len(_ADMIN) :]
            if action == "faults" and method == "POST":
                self.faults.add(Fault(**request))
                result: Any = {"planned": len(self.faults)}
            elif action == "faults" and method == "DELETE":
                self.faults.clear()
                result = {"planned": 0}
            elif action == "maintenance" and method == "POST":
                self.set_maintenance(request["service"], request.get("code"))
                result = {"maintenance": self.exchange.maintenance}
            elif action == "reset" and method == "POST":
                self.reset()
                result = {"reset": True}
            elif action == "openapi.json" and method == "GET":
                result = SPEC.bundle
            elif action == "journal" and method == "GET":
                result = [
                    {
                        "operation": e.operation,
                        "method": e.method,
                        "path": e.path,
                        "status": e.status,
                        "code": e.code,
                    }
                    for e in list(self.journal)[-100:]
                ]
            else:
                return Reply(404, _json_bytes({"error": f"no control action {method} {path}"}), [_JSON])
        except (ValueError, TypeError, KeyError) as exc:
            return Reply(400, _json_bytes({"error": str(exc)}), [_JSON])
        return Reply(200, _json_bytes(result), [_JSON])


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
