"""What the runtime and the auth plugin log over a realistic session, and what they never log.

One session against the mock (in process): signed calls from a clock 90 s slow (so a re-sync),
reads retried through faults, a placement whose answer is lost (so a look-up), a transfer whose
outcome stays unknown, and calls paced by the rate limiter. Every log record at DEBUG, from every
logger (httpx's included), every exception text and repr are collected: the named loggers must
have spoken, and neither the secret, the memo nor any signature sent may appear anywhere.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from bitmart_auth import connect
from bitmart_client.api.spot_market import get_spot_ticker
from bitmart_client.api.spot_trading import get_spot_open_orders, submit_spot_order
from bitmart_client.api.sub_account import transfer_main_to_sub_spot_as_main
from bitmart_client.models import (
    SpotQueryListRequest,
    SpotSubmitOrderRequest,
    SubAccountSpotMainToSubAsMainRequest,
)
from bitmart_mock import Fault, MockApp, MockConfig, MockCredential
from bitmart_runtime import BitMartError, OrderStateUnknownError
from bitmart_runtime.rate_limit import RateLimiter
from bitmart_runtime.retry import RetryPolicy

KEY = "log-test-access-key-000000001"
SECRET = "LOG-TEST-SECRET-7f3a9c1e5b2d4f6a8c0e"
MEMO = "LOG-TEST-MEMO-91b2"
NAMED = {
    "bitmart_runtime.retry",
    "bitmart_runtime.rate_limit",
    "bitmart_runtime.dedupe",
    "bitmart_auth.clock",
}


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Every record of every logger at DEBUG, formatted with its logger name and arguments."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


class SignatureRecorder(httpx.BaseTransport):
    """Passes requests to the mock and keeps every X-BM-SIGN it sees."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.signatures: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "x-bm-sign" in request.headers:
            self.signatures.append(request.headers["x-bm-sign"])
        return self.inner.handle_request(request)


def _session(app: MockApp, transport: httpx.BaseTransport) -> list[str]:
    """The realistic session; returns the text of every exception it met."""
    limiter = RateLimiter({"get_spot_ticker": (1, 0.02)}, margin=0.0)
    retry = RetryPolicy(max_attempts=4, base_delay=0.001, max_delay=0.002, total_timeout=10)
    slow = lambda: time.time() - 90  # noqa: E731 - a local clock 90 s behind the exchange
    client = connect(KEY, SECRET, MEMO, transport=transport, retry=retry, rate_limit=limiter, clock=slow)
    texts: list[str] = []
    get_spot_open_orders.sync(client=client, body=SpotQueryListRequest())  # rejected timestamp -> re-sync
    app.add_fault(Fault("server_error", "get_spot_open_orders", status=503, times=2))
    get_spot_open_orders.sync(client=client, body=SpotQueryListRequest())  # retried, signed afresh
    for _ in range(3):
        get_spot_ticker.sync(client=client, symbol="BTC_USDT")  # paced
    app.add_fault(Fault("drop", "submit_spot_order", when="after"))
    order = SpotSubmitOrderRequest(
        symbol="BTC_USDT",
        side="buy",
        type_="limit",
        size=Decimal("0.001"),
        price=Decimal("60000"),
        client_order_id="logged0001",
    )
    submit_spot_order.sync(client=client, body=order)  # looked up, found
    app.add_fault(Fault("drop", "transfer_main_to_sub_spot_as_main", when="after"))
    transfer = SubAccountSpotMainToSubAsMainRequest(
        request_no="log-transfer-1", amount=Decimal("1"), currency="USDT", sub_account="sub1@demo.mock"
    )
    for call in (
        lambda: transfer_main_to_sub_spot_as_main.sync(client=client, body=transfer),  # unknown outcome
        lambda: get_spot_open_orders.sync(
            client=connect(KEY, "wrong-secret", MEMO, transport=transport, retry=None),
            body=SpotQueryListRequest(),
        ),
    ):
        try:
            call()
        except BitMartError as error:
            texts += [str(error), repr(error), str(error.__cause__), repr(error.__cause__)]
    texts += [repr(client), repr(client.get_httpx_client()), repr(client.auth)]
    assert any(OrderStateUnknownError.__name__ in text for text in texts)
    assert any("30005" in text for text in texts), "the wrong secret was refused"
    return texts


def test_a_session_logs_its_decisions_and_never_a_secret(captured: io.StringIO) -> None:
    app = MockApp(MockConfig(credentials=(MockCredential(KEY, SECRET, MEMO),), rate_limits=False))
    transport = SignatureRecorder(app.httpx_transport())
    texts = _session(app, transport)
    logged = captured.getvalue()
    everything = "\n".join([logged, *texts])
    speakers = {line.split(" ", 1)[0] for line in logged.splitlines()}
    assert speakers >= NAMED, f"silent: {NAMED - speakers}"
    assert "httpx" in speakers, "httpx's own DEBUG lines were captured too"
    assert "re-sync" in logged or "measuring the clock" in logged
    assert len(transport.signatures) >= 7
    leaks: list[Any] = [value for value in (SECRET, MEMO, *transport.signatures) if value in everything]
    assert leaks == []
    assert KEY not in logged, "not even the access key is logged"
