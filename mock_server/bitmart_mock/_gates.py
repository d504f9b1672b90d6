"""The gates a request passes through, in BitMart's order, as small composable layers.

Each gate is a function ``gate(context, call_next) -> Reply`` in the manner of starlette's
middleware: it may answer at once, or call the next gate and look at (or spoil) its answer.
``GATES`` lists them from the outside in: gateway (body size, encoded slashes), route (admin
paths, unknown paths, undocumented methods), self-check (the answer against the document),
faults (planned failures), errors (``MockError`` to BitMart's envelope), auth, limits, service
(maintenance, retired endpoints), validate (query and body against the schema), handle (the
business logic).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import reduce
from typing import TYPE_CHECKING, Any

from ._auth import authenticate, check_recv_window
from ._faults import Fault
from ._http import Reply, Request, error_reply, json_bytes, json_reply
from ._spec import NO_EXAMPLE, SPEC, OperationSpec
from ._validation import check_query, parse_body, parse_query
from .config import MockCredential
from .drifting import answer_checker, mutate
from .errors import MockError
from .handlers import Call

if TYPE_CHECKING:
    from .app import MockApp

_DROPPED: bytes = b""
_TRUNCATED_DATA = b'","data":{"ord'


@dataclass
class Context:
    """One request on its way through the gates, and what the gates learn about it."""

    app: MockApp
    request: Request
    trace: str
    op: OperationSpec | None = None
    credential: MockCredential | None = None
    rate_headers: dict[str, str] = field(default_factory=dict)
    now: int = 0
    query: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] = field(default_factory=dict)

    @property
    def operation(self) -> OperationSpec:
        """The routed operation (the gates inside ``route`` always have one)."""
        assert self.op is not None
        return self.op


Next = Callable[[Context], Reply]
Gate = Callable[[Context, Next], Reply]


def gateway(ctx: Context, call_next: Next) -> Reply:
    """BitMart's gateway: a body over the size limit or a path with an encoded slash goes no further.

    The too-large body gets the one refusal BitMart documents for a body it cannot take,
    ``body_not_json`` (HTTP 503), in its envelope (spec/NOTES.md); an encoded slash is not a path
    separator, so no operation and no control action has such a path.
    """
    request, limit = ctx.request, ctx.app.config.max_body_bytes
    if request.body_size > limit:
        message = f"Request Body requires JSON format (the body is over the {limit}-byte limit)"
        return error_reply(MockError("body_not_json", message), ctx.trace)
    if b"%2f" in request.raw_path.lower():
        return error_reply(MockError("path_not_found", gateway=True), ctx.trace)
    return call_next(ctx)


def route(ctx: Context, call_next: Next) -> Reply:
    """The control API, 404 / ``path_not_found`` for an unknown path, 405 for an undocumented method."""
    request = ctx.request
    if ctx.app.admin.owns(request):
        return ctx.app.admin.answer(ctx.app, request)
    ctx.op = SPEC.operations.get((request.method.upper(), request.path))
    if ctx.op is not None:
        return call_next(ctx)
    allowed = SPEC.methods_by_path.get(request.path)
    if allowed is None:
        return error_reply(MockError("path_not_found", gateway=True), ctx.trace)
    documented = SPEC.operations[(allowed[0], request.path)]
    reply = error_reply(MockError.from_code(documented.service.method_not_allowed), ctx.trace)
    reply.headers.append(("allow", ", ".join(sorted(allowed))))
    return reply


def self_check(ctx: Context, call_next: Next) -> Reply:
    """With ``validate_responses``, record every way the answer departs from the document."""
    reply = call_next(ctx)
    if ctx.app.config.validate_responses and not reply.injected:
        problems = answer_problems(ctx.operation, reply)
        if problems:
            ctx.app.violations.append(f"{ctx.operation.operation_id}: " + "; ".join(problems))
    return reply


def answer_problems(op: OperationSpec, reply: Reply) -> list[str]:
    """How ``reply`` departs from what ``op`` documents: status, schema, or an undocumented code."""
    problems: list[str] = []
    status = str(reply.status)
    documented = set(op.raw["responses"])
    if status not in documented and f"{status[0]}XX" not in documented:
        problems.append(f"HTTP {status} is not documented")
    if reply.status == 200:
        problems += [error.message for error in op.response_validator.iter_errors(json.loads(reply.body))][:3]
    code = reply.code
    if code in (1000, "1000"):
        return problems
    if code not in SPEC.error_codes:
        problems.append(f"code {code} is not in the error table")
    elif code not in op.documented_errors:
        problems.append(f"code {code} is not documented for this operation")
    return problems


def faults(ctx: Context, call_next: Next) -> Reply:
    """Planned failures: ``before`` ones answer instead of the exchange, ``after`` ones spoil its answer."""
    plan, op = ctx.app.faults, ctx.operation
    fault = plan.take(op.operation_id, "before")
    if fault is not None and fault.kind not in ("delay", "drift"):
        return _misbehave(fault, ctx.trace, None)
    reply = call_next(ctx)
    for planned in (fault, plan.take(op.operation_id, "after")):
        if planned is not None and planned.kind == "delay":
            reply.delay += planned.seconds
        elif planned is not None and planned.kind == "drift":
            reply = drifted_reply(reply, op.operation_id, planned.mutation)
        elif planned is not None:
            reply = _misbehave(planned, ctx.trace, reply)
    return reply


def _misbehave(fault: Fault, trace: str, executed: Reply | None) -> Reply:
    reply = _fault_reply(fault, trace, executed)
    reply.injected = True
    return reply


def drifted_reply(executed: Reply, operation: str, mutation: str) -> Reply:
    """``executed`` with its success answer drifted by ``mutation``; any other answer as it is."""
    if executed.status != 200 or executed.code not in (1000, "1000"):
        return executed
    checker = answer_checker()
    changed, _ = mutate(checker, checker.answer_schema(operation), json.loads(executed.body), mutation)
    executed.body = json_bytes(changed)
    executed.injected = True
    return executed


def _fault_reply(fault: Fault, trace: str, executed: Reply | None) -> Reply:
    if fault.kind == "delay" and executed is not None:
        executed.delay += fault.seconds
        return executed
    if fault.kind == "drop":
        return Reply(200, _DROPPED, drop=True)
    if fault.kind == "malformed":
        body = b'{"code":1000,"message":"OK","trace":"' + trace.encode() + _TRUNCATED_DATA
        return Reply(200, body, [("content-type", "application/json")])
    if fault.kind == "rate_limit":
        return json_reply(429, MockError("too_many_requests").body(trace))
    if fault.kind == "maintenance":
        error = MockError.from_code(fault.code) if fault.code else MockError("service_maintenance")
        return error_reply(error, trace)
    # server_error: a proxy answers 502/504 with HTML, BitMart itself with its envelope.
    if fault.status in (502, 504):
        return Reply(
            fault.status, b"<html><body><h1>Bad Gateway</h1></body></html>", [("content-type", "text/html")]
        )
    name = SPEC.rules.errors.by_code[fault.code].name if fault.code else "internal_server_error"
    return json_reply(fault.status, MockError(name, http_status=fault.status).body(trace))


def errors(ctx: Context, call_next: Next) -> Reply:
    """BitMart's error envelope for a refusal by any gate inside, with the rate-limit headers."""
    try:
        return call_next(ctx)
    except MockError as error:
        return error_reply(error, ctx.trace, ctx.rate_headers)


def auth(ctx: Context, call_next: Next) -> Reply:
    """The caller's credential, checked as BitMart's gateway does."""
    op, request, app = ctx.operation, ctx.request, ctx.app
    ctx.now = app.exchange.now()
    payload = request.query if op.method == "GET" else request.body
    ctx.credential = authenticate(
        op, request.headers, payload, ctx.now, app.credentials, app.config.timestamp_window_ms
    )
    return call_next(ctx)


def limits(ctx: Context, call_next: Next) -> Reply:
    """The operation's rate limit, counted per IP, key or account as its scope says."""
    op, credential = ctx.operation, ctx.credential
    scope = op.rate_limit[2]
    if scope == "IP" or credential is None:
        scope_key = ctx.request.client_ip
    else:
        scope_key = credential.key if scope == "KEY" else credential.account
    ctx.rate_headers = ctx.app.limiter.hit(op, scope_key)
    reply = call_next(ctx)
    reply.headers.extend(item for item in ctx.rate_headers.items() if item not in reply.headers)
    return reply


def service(ctx: Context, call_next: Next) -> Reply:
    """Maintenance of the operation's service, and retired operations (unless served)."""
    op, app = ctx.operation, ctx.app
    switch = op.service.maintenance
    if switch is not None and switch in app.exchange.maintenance:
        raise MockError.from_code(app.exchange.maintenance[switch])
    if op.deprecated and not app.config.serve_retired:
        raise MockError("endpoint_retired")
    return call_next(ctx)


def validate(ctx: Context, call_next: Next) -> Reply:
    """The query and body against the operation's schema, and ``recvWindow``."""
    op, request = ctx.operation, ctx.request
    ctx.query = parse_query(op, request.query)
    check_query(op, ctx.query)
    ctx.body = parse_body(op, request.headers.get("content-type", ""), request.body)
    check_recv_window(op, request.headers, ctx.body, ctx.now)
    return call_next(ctx)


def handle(ctx: Context, call_next: Next) -> Reply:
    """The operation's business logic, in BitMart's success envelope."""
    op, app = ctx.operation, ctx.app
    call = Call(op, app.exchange, ctx.credential, ctx.query, ctx.body, ctx.now, ctx.request.client_ip)
    data = _run_handler(app, op, call)
    return Reply(200, json_bytes(_success(op, data, ctx.trace)), [("content-type", "application/json")])


def _run_handler(app: MockApp, op: OperationSpec, call: Call) -> Any:
    handler = app.handlers.get(op.operation_id)
    if handler is None:
        # No business logic: answer the spec's own success example, so the operation is still
        # callable (and typed) end to end. tests/test_mock_coverage.py lists these.
        if op.example_data is NO_EXAMPLE:
            app.violations.append(f"{op.operation_id}: no handler and no example")
            raise MockError(
                "internal_server_error", f"Internal Server Error (no handler for {op.operation_id})"
            )
        return copy.deepcopy(op.example_data)
    try:
        app.exchange.catch_up(call.now)
        return handler(call)
    except MockError:
        raise
    except Exception as exc:  # a bug in the mock: answer like a failing BitMart, and record it
        app.violations.append(f"{op.operation_id}: handler crashed: {type(exc).__name__}: {exc}")
        raise MockError(
            "internal_server_error", f"Internal Server Error ({type(exc).__name__} in the mock)"
        ) from exc


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


GATES: tuple[Gate, ...] = (
    gateway, route, self_check, faults, errors, auth, limits, service, validate, handle,
)  # fmt: skip
"""Every gate, outermost first."""


def pipeline(gates: tuple[Gate, ...] = GATES) -> Next:
    """The gates composed into one function of a request's context."""

    def last(ctx: Context) -> Reply:
        raise AssertionError("the last gate answers without calling a next one")

    def wrap(inner: Next, gate: Gate) -> Next:
        return lambda ctx: gate(ctx, inner)

    start: Next = last
    return reduce(wrap, reversed(gates), start)


__all__ = ["GATES", "Context", "Gate", "Next", "answer_problems", "pipeline"]
