"""The mock under hostile requests (issue 14): each test pins one defect the mock had.

Large bodies are refused before they are read, the journal keeps little of them, pathological
JSON and malformed auth headers get BitMart's codes instead of a 500, amounts BitMart could not
hold are refused so that money is never rounded away, encoded slashes route nowhere, and the
control API accepts only valid payloads and, when a token is set, only with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
from bitmart_mock import MockApp, MockConfig, MockServer
from mock_calls import DEFAULT, signed_headers

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
MIB = 1 << 20
ORDER = {"symbol": "BTC_USDT", "side": "buy", "type": "limit", "size": "0.001", "price": "30000"}


def _app(**settings: Any) -> MockApp:
    return MockApp(MockConfig(**{"rate_limits": False, "validate_responses": True, **settings}))


def _signed(app: MockApp, path: str, body: bytes, **headers: str) -> tuple[int, Any]:
    """POST ``body`` signed with the default credential, in process; (status, decoded body)."""
    sent = {**signed_headers(app, DEFAULT, body), **headers}
    reply = app.handle("POST", path, b"", sent, body, "127.0.0.1")
    return reply.status, json.loads(reply.body)


def _totals(app: MockApp, currency: str) -> Decimal:
    """What the main account holds of ``currency`` in its spot and fund wallets, as the API says."""
    reply = app.handle("GET", "/account/v1/wallet", b"", {"x-bm-key": "mock-key"}, b"", "127.0.0.1")
    rows = [row for row in json.loads(reply.body)["data"]["wallet"] if row["currency"] == currency]
    fields = ("available", "frozen", "fundAvailable", "fundFrozen")
    return sum((Decimal(row[name]) for row in rows for name in fields), Decimal(0))


# ---- defect 3: body size and journal memory ----------------------------------------------------
def test_a_body_over_the_limit_is_refused_with_30018_and_places_nothing() -> None:
    app = _app()
    padded = json.dumps(ORDER).encode()[:-1] + b" " * (2 * MIB) + b"}"  # valid JSON, and signed
    status, body = _signed(app, "/spot/v2/submit_order", padded)
    assert (status, body["code"]) == (503, 30018)
    assert app.exchange.spot.orders == {}


def test_the_journal_keeps_little_of_large_bodies() -> None:
    app = _app()
    for _ in range(20):
        app.handle("POST", "/spot/v2/submit_order", b"", {}, b"x" * (2 * MIB), "10.0.0.1")
    kept = sum(len(entry.body) for entry in app.journal)
    assert len(list(app.journal)) == 20 and kept <= 20 * 4096


# ---- defect 4: deep and pathological JSON ------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        b'{"symbol": NaN}',
        b'{"size": 1e999999}',
        b'{"size": ' + b"9" * 5000 + b"}",
    ],
    ids=["deep-array", "deep-object", "nan", "infinite", "5000-digit-integer"],
)
def test_pathological_json_gets_30018(body: bytes) -> None:
    app = _app()
    status, answer = _signed(app, "/spot/v2/submit_order", body)
    assert (status, answer["code"]) == (503, 30018)
    assert app.violations == []


# ---- defect 5: malformed auth headers ------------------------------------------------------------
@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({"x-bm-sign": "é" * 64}, 30005),
        ({"x-bm-sign": "\u0663" * 64}, 30005),
        ({"x-bm-timestamp": "\u00b2\u00b3"}, 30008),
        ({"x-bm-timestamp": "\u0663\u0664"}, 30008),
        ({"x-bm-timestamp": "9" * 5000}, 30008),
    ],
    ids=["latin-sign", "arabic-digit-sign", "superscript-timestamp", "arabic-timestamp", "huge-timestamp"],
)
def test_malformed_auth_headers_get_bitmart_auth_codes(headers: dict[str, str], code: int) -> None:
    app = _app()
    status, answer = _signed(app, "/spot/v2/submit_order", json.dumps(ORDER).encode(), **headers)
    assert (status, answer["code"]) == (401, code)


# ---- defect 7: amounts BitMart cannot hold ----------------------------------------------------------
LONG_AMOUNT = "0.123456789012345678901234567891"
"""30 significant digits: more than a 28-digit decimal holds."""
SUB_TRANSFER = {"requestNo": "r1", "subAccount": "sub1@demo.mock", "currency": "USDT"}
PRECISION_CASES = {
    "spot-fund-30-digits": (
        "/account/v1/transfer",
        {"currency": "USDT", "amount": LONG_AMOUNT, "type": "spot_to_fund"},
        60000,
    ),
    "spot-fund-9-places": (
        "/account/v1/transfer",
        {"currency": "USDT", "amount": "1.000000001", "type": "spot_to_fund"},
        60000,
    ),
    "spot-futures-9-places": (
        "/account/v1/transfer-contract",
        {"currency": "USDT", "amount": "1.000000001", "type": "spot_to_contract"},
        40005,
    ),
    "sub-account-30-places": (
        "/account/sub-account/main/v1/main-to-sub",
        {**SUB_TRANSFER, "amount": "0." + "0" * 29 + "1"},
        60000,
    ),
    "margin-9-places": (
        "/spot/v1/margin/isolated/transfer",
        {"symbol": "BTC_USDT", "currency": "USDT", "amount": "10.000000001", "side": "in"},
        50021,
    ),
}


@pytest.mark.parametrize(("path", "body", "code"), list(PRECISION_CASES.values()), ids=list(PRECISION_CASES))
def test_amounts_beyond_the_currency_precision_are_refused_and_move_nothing(
    path: str, body: dict[str, str], code: int
) -> None:
    app = _app()
    before = _totals(app, "USDT")
    status, answer = _signed(app, path, json.dumps(body).encode())
    assert (status, answer["code"]) == (400, code)
    assert _totals(app, "USDT") == before


def test_a_transfer_never_creates_or_destroys_money() -> None:
    # 30 significant digits: a 28-digit Decimal rounds the debit (100000 - x) and the credit (0 + x)
    # differently, so the total would drift if the transfer were accepted.
    app = _app()
    before = _totals(app, "USDT")
    body = {"currency": "USDT", "amount": LONG_AMOUNT, "type": "spot_to_fund"}
    _signed(app, "/account/v1/transfer", json.dumps(body).encode())
    assert _totals(app, "USDT") == before


def test_every_currency_total_is_exact_after_transfers_of_long_amounts() -> None:
    app = _app()
    before = app.exchange.accounts.total("USDT")
    for amount in ("0.12345678", "12345.6789", "0.00000001"):
        for direction in ("spot_to_fund", "fund_to_spot"):
            body = {"currency": "USDT", "amount": amount, "type": direction}
            assert _signed(app, "/account/v1/transfer", json.dumps(body).encode())[0] == 200
    assert app.exchange.accounts.total("USDT") == before


# ---- defect 8: routing and the control API -----------------------------------------------------------
@pytest.fixture(scope="module")
def served() -> Any:
    with MockServer(_app()) as server:
        yield server


@pytest.mark.parametrize(
    "raw_path", ["/__mock__%2Fjournal", "/__mock__%2fopenapi.json", "/spot%2Fv1%2Fwallet"]
)
def test_encoded_slashes_are_not_routed(served: MockServer, raw_path: str) -> None:
    answer = httpx.get(served.url + raw_path, headers={"X-BM-KEY": "mock-key"})
    assert (answer.status_code, answer.json()["code"]) == (404, 30000)


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "delay", "seconds": "5"},
        {"kind": "delay", "seconds": 10**9},
        {"kind": "server_error", "status": 999},
        {"kind": "server_error", "status": 200},
        {"kind": "maintenance", "code": 12345},
        {"kind": "drop", "times": "2"},
        {"kind": "drop", "times": True},
        {"kind": "drop", "operation": "no_such_operation"},
        {"kind": "delay", "seconds": float("nan")},
    ],
)
def test_the_control_api_refuses_ill_typed_faults_and_later_calls_still_work(fault: dict[str, Any]) -> None:
    app = _app()
    body = json.dumps(fault).encode()
    reply = app.handle("POST", "/__mock__/faults", b"", {}, body, "127.0.0.1")
    assert reply.status == 400, reply.body
    ticker = app.handle("GET", "/spot/quotation/v3/ticker", b"symbol=BTC_USDT", {}, b"", "127.0.0.1")
    assert (ticker.status, json.loads(ticker.body)["code"], ticker.delay) == (200, 1000, 0.0)


@pytest.mark.parametrize(
    "payload", [{"service": "spot", "code": 12345}, {"service": "spot", "code": "30016"}, {"service": "moon"}]
)
def test_the_control_api_refuses_invalid_maintenance(payload: dict[str, Any]) -> None:
    app = _app()
    reply = app.handle("POST", "/__mock__/maintenance", b"", {}, json.dumps(payload).encode(), "127.0.0.1")
    assert reply.status == 400
    ticker = app.handle("GET", "/spot/quotation/v3/ticker", b"symbol=BTC_USDT", {}, b"", "127.0.0.1")
    assert json.loads(ticker.body)["code"] == 1000


def test_the_control_api_needs_the_token_when_one_is_set() -> None:
    app = MockApp(MockConfig(admin_token="tok-3f9a"))
    assert "tok-3f9a" not in repr(app.config)
    bare = app.handle("GET", "/__mock__/journal", b"", {}, b"", "10.0.0.7")
    wrong = app.handle("GET", "/__mock__/journal", b"", {"authorization": "Bearer nope"}, b"", "10.0.0.7")
    right = app.handle("GET", "/__mock__/journal", b"", {"authorization": "Bearer tok-3f9a"}, b"", "10.0.0.7")
    assert (bare.status, wrong.status, right.status) == (401, 401, 200)


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bitmart_mock", *args],
        capture_output=True,
        text=True,
        timeout=30,
        env=env or ENV,
    )


def test_a_non_loopback_mock_will_not_start_without_a_control_token() -> None:
    result = _cli("--host", "0.0.0.0", "--port", "0")  # noqa: S104 - the point of the test
    assert result.returncode == 2 and "--admin-token" in result.stderr


def test_the_banner_never_prints_the_token_or_a_secret() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "bitmart_mock", "--port", "0", "--admin-token", "tok-77c1",
         "--credential", "k9:s9-secret:m9-memo"],
        stderr=subprocess.PIPE, text=True, env=ENV,
    ) as process:  # fmt: skip
        time.sleep(3)
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "bitmart_mock on" in stderr and "k9" in stderr
    assert "tok-77c1" not in stderr and "s9-secret" not in stderr and "m9-memo" not in stderr
