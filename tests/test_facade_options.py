"""``connect()`` options: ``proxy=``, ``event_hooks=`` / ``async_event_hooks=``, ``log_level=``."""

from __future__ import annotations

import asyncio
import http.server
import logging
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from bitmart_auth._logging import LOGGERS
from bitmart_mock import Fault, MockApp
from bitmart_openapi import ConfigurationError, ServerError, connect

CREDENTIALS = ("mock-key", "mock-secret", "mock-memo")


class _ForwardProxy(http.server.ThreadingHTTPServer):
    """A plain-HTTP forward proxy on loopback that hands every request to the in-process mock."""

    def __init__(self, app: MockApp) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.upstream = httpx.Client(transport=app.httpx_transport())
        self.seen: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    server: _ForwardProxy

    def _forward(self) -> None:
        # A client talking to a proxy sends the absolute URL as the request target.
        self.server.seen.append(f"{self.command} {self.path}")
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "proxy-connection")}
        answer = self.server.upstream.request(self.command, self.path, headers=headers, content=body)
        self.send_response(answer.status_code)
        for name, value in answer.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    do_GET = do_POST = _forward  # noqa: N815 - the names http.server dispatches to

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def proxy() -> Iterator[_ForwardProxy]:
    server = _ForwardProxy(MockApp())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_proxy_carries_every_request_sync_and_async(proxy: _ForwardProxy) -> None:
    # The host does not exist: only a client that goes through the proxy reaches the mock.
    client = connect(*CREDENTIALS, base_url="http://bitmart.invalid", proxy=proxy.url)
    with client:
        assert client.spot_market.get_spot_ticker(symbol="BTC_USDT").data.symbol == "BTC_USDT"
        assert client.spot_account.get_spot_wallet().data.wallet  # KEYED: headers pass through

    async def on_async_client() -> int:
        async with client:
            return (await client.system.get_system_time.asyncio()).data.server_time

    assert asyncio.run(on_async_client()) > 0
    assert proxy.seen == [
        "GET http://bitmart.invalid/spot/quotation/v3/ticker?symbol=BTC_USDT",
        "GET http://bitmart.invalid/spot/v1/wallet",
        "GET http://bitmart.invalid/system/time",
    ]


def _tls_of(client: httpx.Client | httpx.AsyncClient) -> ssl.SSLContext:
    transport: Any = client._transport
    context: ssl.SSLContext = transport._pool._ssl_context
    return context


def test_every_client_verifies_tls_and_shares_one_context() -> None:
    first, second = connect(), connect(*CREDENTIALS, timeout=3)
    contexts = [
        _tls_of(first.get_httpx_client()),
        _tls_of(first.get_async_httpx_client()),
        _tls_of(second.get_httpx_client()),
    ]
    assert all(context is contexts[0] for context in contexts)  # the CA bundle is read once
    assert contexts[0].verify_mode is ssl.CERT_REQUIRED and contexts[0].check_hostname
    assert contexts[0].cert_store_stats()["x509_ca"] > 0


def test_proxy_and_transport_exclude_each_other() -> None:
    with pytest.raises(ConfigurationError, match="proxy= and transport="):
        connect(proxy="http://127.0.0.1:9", transport=MockApp().httpx_transport())


def test_event_hooks_see_every_attempt_of_every_request() -> None:
    app = MockApp()
    app.add_fault(Fault("server_error", "get_spot_ticker", status=503))
    events: list[str] = []

    def on_request(request: httpx.Request) -> None:
        events.append(f"request {request.extensions['bitmart_operation']}")

    def on_response(response: httpx.Response) -> None:
        events.append(f"response {response.status_code}")

    client = connect(
        *CREDENTIALS,
        base_url="http://m.test",
        transport=app.httpx_transport(),
        event_hooks={"request": [on_request], "response": [on_response]},
    )
    client.spot_market.get_spot_ticker(symbol="BTC_USDT")  # the 503 is retried
    client.spot_account.get_spot_wallet()
    assert events == [
        "request get_spot_ticker",
        "response 503",
        "request get_spot_ticker",
        "response 200",
        "request get_spot_wallet",
        "response 200",
    ]


def test_async_event_hooks_are_awaited_on_the_async_client() -> None:
    app = MockApp()
    transport = app.httpx_transport()
    events: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        events.append(f"request {request.url.path}")

    async def on_response(response: httpx.Response) -> None:
        events.append(f"response {response.status_code}")

    client = connect(
        base_url="http://m.test",
        transport=transport,
        async_transport=transport,
        event_hooks={"request": [lambda request: events.append("sync hook")]},
        async_event_hooks={"request": [on_request], "response": [on_response]},
    )
    asyncio.run(client.system.get_system_time.asyncio())
    assert events == ["request /system/time", "response 200"]


def test_event_hooks_of_an_unknown_kind_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="unknown kind"):
        connect(event_hooks={"requests": []})


@pytest.mark.usefixtures("restore_loggers")
def test_log_level_logs_each_request_and_never_a_secret(caplog: pytest.LogCaptureFixture) -> None:
    app = MockApp()
    app.add_fault(Fault("server_error", "get_spot_wallet", times=9))
    client = connect(
        *CREDENTIALS, base_url="http://m.test", transport=app.httpx_transport(), log_level="info", retry=None
    )
    assert all(logging.getLogger(name).level == logging.INFO for name in LOGGERS)
    client.spot_market.get_spot_ticker(symbol="BTC_USDT")
    with pytest.raises(ServerError):
        client.spot_account.get_spot_wallet()
    lines = [record.getMessage() for record in caplog.records]
    assert any("GET http://m.test/spot/quotation/v3/ticker?symbol=BTC_USDT" in line for line in lines)
    assert any("/spot/v1/wallet" in line and "500" in line for line in lines)
    text = "\n".join(lines)
    for secret in ("mock-secret", "mock-memo", "X-BM-SIGN"):
        assert secret not in text


@pytest.mark.usefixtures("restore_loggers")
def test_log_level_refuses_unknown_names() -> None:
    with pytest.raises(ConfigurationError, match="log_level='LOUD'"):
        connect(log_level="LOUD")


def test_log_level_alone_shows_the_lines_when_logging_is_not_configured() -> None:
    script = (
        "from bitmart_mock import MockApp; from bitmart_openapi import connect; "
        "c = connect(base_url='http://m.test', transport=MockApp().httpx_transport(), log_level='INFO'); "
        "c.system.get_system_time()"
    )
    result = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    assert "INFO httpx: HTTP Request: GET http://m.test/system/time" in result.stderr
