"""``BitMartAuth.auth_flow`` driven by hand, as httpx tests its own auth flows.

Each test feeds the generator a request, reads the request(s) it yields and sends back scripted
responses: routing, the headers of each auth type, the exact bytes signed (a POST body, a GET
query), the clock re-sync on a rejected timestamp, and what happens when that goes wrong.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Generator
from typing import Any

import httpx
import pytest
from bitmart_auth import BitMartAuth, Credentials
from bitmart_client.error_codes import ERROR_CODES
from bitmart_client.operations import HOSTS, OPERATIONS
from bitmart_runtime import ConfigurationError, MissingCredentialsError
from bitmart_runtime.operations import Operation, RateLimit

KEY, SECRET, MEMO = "flow-test-access-key-0001", "flow-secret-0123456789abcdef", "flow-memo"
NOW = 1_763_805_600.0
SERVER_NOW_MS = 1_763_805_690_000  # BitMart's clock is 90 s ahead of ours
SIGNED_POST = "submit_spot_order"
SIGNED_GET = "get_signed_report"
# The spec has no SIGNED GET today; BitMart signs a GET's query string, so test it on a table that has one.
TABLE = {
    **OPERATIONS,
    SIGNED_GET: Operation(
        SIGNED_GET,
        "GET",
        "/spot/v1/signed-report",
        "spot",
        "SIGNED",
        "Read-Only",
        RateLimit(1, 1.0, "KEY"),
        True,
        False,
        None,
    ),
}


def expected_sign(timestamp: str, payload: bytes, secret: str = SECRET, memo: str = MEMO) -> str:
    """BitMart's documented signature, written independently of bitmart_auth._signing."""
    return hmac.new(secret.encode(), f"{timestamp}#{memo}#".encode() + payload, "sha256").hexdigest()


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def auth(**kwargs: Any) -> BitMartAuth:
    kwargs.setdefault("clock", Clock())
    return BitMartAuth(Credentials(KEY, SECRET, MEMO), operations=TABLE, error_codes=ERROR_CODES, **kwargs)


def request(operation: str, **kwargs: Any) -> httpx.Request:
    op = TABLE[operation]
    # Built against the wrong host on purpose: the flow must route it.
    url = "https://example.invalid" + op.path
    return httpx.Request(op.method, url, extensions={"bitmart_operation": operation}, **kwargs)


def answer(
    code: int = 1000, status: int = 200, data: Any = None, content: bytes | None = None
) -> httpx.Response:
    if content is None:
        content = json.dumps({"code": code, "message": "m", "trace": "t", "data": data or {}}).encode()
    return httpx.Response(status, content=content)


def start(flow: Generator[httpx.Request, httpx.Response, None]) -> httpx.Request:
    return next(flow)


def finish(flow: Generator[httpx.Request, httpx.Response, None], response: httpx.Response) -> None:
    with pytest.raises(StopIteration):
        flow.send(response)


def credential_headers(sent: httpx.Request) -> set[str]:
    return {name for name in ("x-bm-key", "x-bm-sign", "x-bm-timestamp") if name in sent.headers}


# ---- one request per auth type ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "expected"),
    [
        ("get_spot_ticker", set()),
        ("get_spot_wallet", {"x-bm-key"}),
        (SIGNED_POST, {"x-bm-key", "x-bm-sign", "x-bm-timestamp"}),
    ],
)
def test_each_auth_type_gets_exactly_its_headers_and_its_host(operation: str, expected: set[str]) -> None:
    stale = {"X-BM-KEY": "caller", "X-BM-SIGN": "caller", "X-BM-TIMESTAMP": "1"}
    flow = auth().auth_flow(
        request(operation, headers=stale, json={"symbol": "BTC_USDT"} if operation == SIGNED_POST else None)
    )
    sent = start(flow)
    assert credential_headers(sent) == expected
    assert "caller" not in sent.headers.get("x-bm-key", "") and "caller" not in sent.headers.get(
        "x-bm-sign", ""
    )
    assert str(sent.url).startswith(HOSTS[OPERATIONS[operation].host] + OPERATIONS[operation].path)
    assert sent.headers["host"] == httpx.URL(HOSTS[OPERATIONS[operation].host]).netloc.decode()
    finish(flow, answer())


def test_a_signed_post_signs_the_exact_body_sent() -> None:
    body = b'{"symbol":"BTC_USDT","side":"buy","size":"0.001"}'
    flow = auth().auth_flow(request(SIGNED_POST, content=body))
    sent = start(flow)
    assert sent.content == body
    assert sent.headers["X-BM-TIMESTAMP"] == "1763805600000"
    assert sent.headers["X-BM-SIGN"] == expected_sign("1763805600000", body)
    finish(flow, answer())


def test_a_signed_post_without_parameters_sends_and_signs_an_empty_object() -> None:
    flow = auth().auth_flow(request(SIGNED_POST))
    sent = start(flow)
    assert sent.content == b"{}" and sent.headers["content-type"] == "application/json"
    assert sent.headers["content-length"] == "2"
    assert sent.headers["X-BM-SIGN"] == expected_sign(sent.headers["X-BM-TIMESTAMP"], b"{}")


@pytest.mark.parametrize(
    "params",
    [{"symbol": "BTC_USDT", "limit": 10}, {"moveType": "spot to spot", "N": 5}, {"note": "日本#&="}, {}],
    ids=["plain", "space", "escaped", "none"],
)
def test_a_signed_get_signs_its_query_string_as_sent(params: dict[str, Any]) -> None:
    flow = auth().auth_flow(request(SIGNED_GET, params=params))
    sent = start(flow)
    query = sent.url.query
    assert query == httpx.URL("https://x", params=params).query, "signed what is on the wire"
    assert sent.content == b"", "a GET gets no body, not even {}"
    assert sent.headers["X-BM-SIGN"] == expected_sign(sent.headers["X-BM-TIMESTAMP"], query)


def test_a_request_outside_the_spec_goes_as_given_without_credentials() -> None:
    outside = httpx.Request("GET", "https://example.invalid/unknown", headers={"X-BM-KEY": "caller"})
    flow = auth().auth_flow(outside)
    sent = start(flow)
    assert sent.url.host == "example.invalid" and credential_headers(sent) == set()
    finish(flow, answer())


@pytest.mark.parametrize(
    ("credentials", "operation", "match"),
    [(Credentials(), "get_spot_wallet", "API key"), (Credentials(KEY), SIGNED_POST, "secret")],
)
def test_missing_credentials_raise_before_anything_is_yielded(
    credentials: Credentials, operation: str, match: str
) -> None:
    flow = BitMartAuth(credentials, operations=TABLE).auth_flow(request(operation))
    with pytest.raises(MissingCredentialsError, match=match):
        next(flow)


# ---- a rejected timestamp: one re-sync, one re-signed request -------------------------------------


@pytest.mark.parametrize("code", [30007, 30008])
def test_a_rejected_timestamp_resyncs_the_clock_and_signs_once_more(
    code: int, caplog: pytest.LogCaptureFixture
) -> None:
    signer = auth()
    original = request(SIGNED_POST, content=b'{"a":1}')
    original.extensions["timeout"] = {"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}
    flow = signer.auth_flow(original)
    first = start(flow)
    first_sign = first.headers["X-BM-SIGN"]
    with caplog.at_level(logging.DEBUG, logger="bitmart_auth.clock"):
        probe = flow.send(answer(code, 401))
        assert probe.url == httpx.URL(HOSTS["spot"] + "/system/time")
        assert credential_headers(probe) == set(), "the time probe carries no credential"
        assert probe.extensions["timeout"] == original.extensions["timeout"]
        retry = flow.send(answer(data={"server_time": SERVER_NOW_MS}))
    assert retry.headers["X-BM-TIMESTAMP"] == str(SERVER_NOW_MS)
    assert retry.headers["X-BM-SIGN"] == expected_sign(str(SERVER_NOW_MS), b'{"a":1}') != first_sign
    finish(flow, answer(code, 401))  # a second rejection is the caller's to see: no loop
    messages = [r.getMessage() for r in caplog.records if r.name == "bitmart_auth.clock"]
    assert any(str(code) in m for m in messages) and any("90000 ms" in m for m in messages)


@pytest.mark.parametrize(
    "probe_answer",
    [
        answer(content=b"<html>"),
        answer(content=b"[" * 100_000),
        answer(content=b'{"code":1000,"data":{"server_time":"\xff"}}'),
        answer(data={"server_time": True}),
        answer(data={"server_time": 10**30}),
        answer(code=30016),
        answer(content=b'{"code":1000,"data":[1]}'),
    ],
    ids=["html", "nested", "invalid-utf8", "bool", "absurd", "maintenance", "data-list"],
)
def test_a_useless_time_answer_keeps_the_clock_and_still_signs_once_more(
    probe_answer: httpx.Response,
) -> None:
    signer = auth()
    flow = signer.auth_flow(request(SIGNED_POST, content=b"{}"))
    start(flow)
    flow.send(answer(30007, 401))
    retry = flow.send(probe_answer)
    assert retry.headers["X-BM-TIMESTAMP"] == "1763805600000" and signer.clock.offset_ms == 0
    finish(flow, answer())


@pytest.mark.parametrize(
    "response",
    [
        answer(30005, 401),
        answer(content=b"[" * 100_000, status=401),
        answer(content=b"\xff\xfe", status=401),
        answer(code=True, status=401),
    ],
    ids=["wrong-sign", "nested", "invalid-utf8", "code-is-bool"],
)
def test_other_answers_end_the_flow(response: httpx.Response) -> None:
    flow = auth().auth_flow(request(SIGNED_POST, content=b"{}"))
    start(flow)
    finish(flow, response)


def test_a_rejected_timestamp_on_a_keyed_call_is_left_alone() -> None:
    flow = auth().auth_flow(request("get_spot_wallet"))
    start(flow)
    finish(flow, answer(30007, 401))


def test_the_resync_codes_come_from_the_error_code_table() -> None:
    table = {**ERROR_CODES, 30005: ERROR_CODES[30005]._replace(resync_clock=True)}
    signer = BitMartAuth(Credentials(KEY, SECRET, MEMO), operations=TABLE, error_codes=table, clock=Clock())
    flow = signer.auth_flow(request(SIGNED_POST, content=b"{}"))
    start(flow)
    probe = flow.send(answer(30005, 401))
    assert probe.url.path == "/system/time"


# ---- sync_time: measure before signing, and again when stale --------------------------------------


def test_sync_time_measures_before_the_first_signed_request_and_when_stale() -> None:
    clock = Clock()
    signer = auth(clock=clock, sync_time=True, resync_interval=60.0)

    def signed_call() -> list[str]:
        flow = signer.auth_flow(request(SIGNED_POST, content=b"{}"))
        paths = []
        sent = next(flow)
        while True:
            paths.append(sent.url.path)
            reply = (
                answer(data={"server_time": SERVER_NOW_MS}) if sent.url.path == "/system/time" else answer()
            )
            try:
                sent = flow.send(reply)
            except StopIteration:
                return paths

    assert signed_call() == ["/system/time", "/spot/v2/submit_order"]
    clock.now += 30
    assert signed_call() == ["/spot/v2/submit_order"]
    clock.now += 61
    assert signed_call() == ["/system/time", "/spot/v2/submit_order"]
    flow = signer.auth_flow(request("get_spot_ticker"))
    assert next(flow).url.path == "/spot/quotation/v3/ticker", "public calls never wait for a clock"


# ---- configuration ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hosts",
    [
        {"spot": "ftp://x"},
        {"spot": "http://"},
        {"spot": "http://h/path"},
        {"spot": "http://h?q=1"},
        {"moon": "http://h"},
    ],
)
def test_bad_hosts_are_refused(hosts: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError):
        BitMartAuth(hosts=hosts)


def test_hosts_can_be_overridden_per_name() -> None:
    signer = BitMartAuth(Credentials(KEY, SECRET, MEMO), hosts={"futures": "http://127.0.0.1:9000"})
    sent = next(signer.auth_flow(request("get_futures_contracts")))
    assert (sent.url.scheme, sent.url.host, sent.url.port) == ("http", "127.0.0.1", 9000)
    assert sent.headers["host"] == "127.0.0.1:9000"
    assert signer.hosts["spot"] == HOSTS["spot"]
    assert SECRET not in repr(signer) and MEMO not in repr(signer)
