"""The mock's HTTP surface under generated requests: headers, paths and bodies of any shape.

Hypothesis builds requests from the document's own paths, from paths nobody documents (encoded
slashes included) and the control API's, with random, huge, deeply nested or almost-valid JSON
bodies and random or properly signed auth headers, and sends them to the mock in process. No
answer may be a 5xx except BitMart's documented 503 / 30018 (a body it cannot read) or one a
planned fault made on purpose; no answer may depart from the document; and the journal stays
within its bounds, whatever arrived. Reading a body over the limit stops at the limit.
"""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from typing import Any

from bitmart_mock import MockApp, MockConfig
from bitmart_mock._spec import SPEC
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mock_calls import DEFAULT, signed_headers

MIB = 1 << 20
PATHS = sorted(SPEC.bundle["paths"])
METHODS = ("GET", "POST", "DELETE", "PUT", "PATCH")

_json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
_json = st.recursive(
    _json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def _body(draw: st.DrawFn, path: str) -> bytes:
    kind = draw(st.sampled_from(["none", "json", "fields", "bytes", "deep", "huge", "pathological"]))
    if kind == "none":
        return b""
    if kind == "json":
        return json.dumps(draw(_json)).encode()
    if kind == "fields":  # the operation's own fields, with values of any type
        fields = _fields(path)
        values = draw(st.fixed_dictionaries({}, optional={name: _json for name in fields}))
        return json.dumps(values).encode()
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "deep":
        depth = draw(st.sampled_from([33, 100, 5_000, 200_000]))
        opener, closer = draw(st.sampled_from([(b"[", b"]"), (b'{"a":', b"}")]))
        return opener * depth + b"1" + closer * depth
    if kind == "huge":
        return b"[" + b" " * draw(st.sampled_from([MIB - 10, MIB + 1, 3 * MIB])) + b"]"
    return draw(
        st.sampled_from([b'{"a": NaN}', b'{"a": 1e99999}', b'{"a": "\\ud800"}', b"9" * 5000, b"\xff\xfe"])
    )


def _fields(path: str) -> list[str]:
    for method, op in SPEC.operations.items():
        if method[1] == path and op.body_fields:
            return sorted(op.body_fields)
    return ["symbol", "amount", "size"]


_ROUTES = st.sampled_from(sorted(SPEC.operations))
_OTHER_ROUTES = st.tuples(
    st.sampled_from(METHODS) | st.text(max_size=8),
    st.sampled_from(PATHS)
    | st.sampled_from(["/__mock__/faults", "/__mock__/journal"])
    | st.text(max_size=30),
)


@st.composite
def _request(draw: st.DrawFn) -> dict[str, Any]:
    method, path = draw(_ROUTES | _ROUTES | _ROUTES | _OTHER_ROUTES)
    raw = path.encode("utf-8", "backslashreplace")
    if draw(st.integers(0, 7)) == 0 and path.count("/") > 1:  # the same path with an encoded slash
        head, _, tail = raw.rpartition(b"/")
        raw = head + b"%2F" + tail
    body = draw(_body(path))
    query = draw(st.binary(max_size=80) | st.just(b"symbol=BTC_USDT&limit=5") | st.just(b""))
    headers = draw(
        st.dictionaries(
            st.sampled_from(
                ["x-bm-key", "x-bm-sign", "x-bm-timestamp", "content-type", "authorization", "x-other"]
            ),
            st.text(max_size=64),
            max_size=4,
        )
    )
    signed = draw(st.integers(0, 3)) > 0
    return {"method": method, "path": path, "raw_path": raw, "query": query, "headers": headers, "body": body,
            "signed": signed}  # fmt: skip


def _send(app: MockApp, request: dict[str, Any]) -> Any:
    headers = dict(request["headers"])
    if request["signed"]:
        payload = request["query"] if request["method"] == "GET" else request["body"]
        headers.update(signed_headers(app, DEFAULT, payload))
    return app.handle(
        request["method"], request["path"], request["query"], headers, request["body"], "127.0.0.1",
        raw_path=request["raw_path"],
    )  # fmt: skip


def test_no_generated_request_gets_a_server_error_or_an_undocumented_answer() -> None:
    app = MockApp(MockConfig(rate_limits=False, validate_responses=True, timestamp_window_ms=10**13))
    sent: list[int] = []

    @given(st.lists(_request(), min_size=5, max_size=5))
    @settings(
        max_examples=420,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(batch: list[dict[str, Any]]) -> None:
        for request in batch:
            reply = _send(app, request)
            sent.append(reply.status)
            allowed = reply.status < 500 or reply.injected or (reply.status, reply.code) == (503, 30018)
            assert allowed, (request["method"], request["path"], reply.status, reply.body[:300])
        assert app.violations == [], app.violations[:5]
        assert app.journal.bytes <= app.config.journal_bytes and len(app.journal) <= app.journal.capacity

    run()
    assert len(sent) >= 2000


def test_reading_stops_at_the_body_limit_and_memory_stays_bounded() -> None:
    # Thirty 10 MB posts through the ASGI interface, their chunks made on demand: the mock reads
    # past the limit no further and keeps little of what it read.
    app = MockApp(MockConfig(rate_limits=False))
    chunk, chunks_per_body = b"x" * 65_536, 160  # 10 MiB each
    read: list[int] = []

    async def post() -> int:
        remaining = [chunks_per_body]
        statuses: list[int] = []

        async def receive() -> dict[str, Any]:
            remaining[0] -= 1
            read.append(1)
            return {"type": "http.request", "body": chunk, "more_body": remaining[0] > 0}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                statuses.append(message["status"])

        path = "/spot/v2/submit_order"
        scope = {
            "type": "http",
            "method": "POST",
            "path": path,
            "raw_path": path.encode(),
            "query_string": b"",
            "headers": [(b"content-type", b"application/json")],
            "client": ("10.0.0.9", 1),
        }
        await app(scope, receive, send)
        return statuses[0]

    tracemalloc.start()
    try:
        statuses = [asyncio.run(post()) for _ in range(30)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert statuses == [503] * 30
    assert len(read) <= 30 * (MIB // len(chunk) + 1)
    assert peak < 16 * MIB
    assert sum(len(entry.body) for entry in app.journal) == 0
