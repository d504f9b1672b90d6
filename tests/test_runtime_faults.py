"""The runtime against the mock and its fault injection: typed errors for every family, retries
only where the policy allows them, no duplicate order (placements counted), rate limits respected.

Everything runs in process through ``MockApp.httpx_transport()``; only the smoke tests at the end,
which need real sockets (timeouts, a server queueing a burst), use a loopback ``MockServer``.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_client.api.margin import get_margin_borrow_records
from bitmart_client.api.spot_market import get_spot_ticker
from bitmart_client.api.spot_trading import get_spot_order, submit_spot_order
from bitmart_client.models import SpotQueryOrderRequest, SpotSubmitOrderRequest
from bitmart_mock import Fault, MockApp, MockConfig, MockCredential, MockServer
from bitmart_runtime import (
    AuthenticationError,
    BitMartAPIError,
    InsufficientBalanceError,
    InvalidRequestError,
    MaintenanceError,
    NetworkError,
    NetworkTimeoutError,
    NotFoundError,
    OrderStateUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from bitmart_runtime.retry import RetryPolicy

FAST_RETRY = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05, total_timeout=10)
READ_ONLY = MockCredential("reader-key", "reader-secret", "reader-memo", frozenset({"Read-Only"}))
KEY = ("mock-key", "mock-secret", "mock-memo")
LOOKUP = "get_spot_order_by_client_order_id"
_ids = itertools.count(1)


def _config() -> MockConfig:
    return MockConfig(
        credentials=(MockConfig().credentials[0], READ_ONLY), rate_limits=False, validate_responses=True
    )


@pytest.fixture(scope="module")
def shared_app() -> MockApp:
    return MockApp(_config())


@pytest.fixture
def app(shared_app: MockApp) -> Iterator[MockApp]:
    shared_app.faults.clear()
    yield shared_app
    shared_app.faults.clear()
    shared_app.set_maintenance("spot", None)


def client(
    app: MockApp, retry: RetryPolicy | None = FAST_RETRY, key: tuple[str, str, str] = KEY, **kwargs: Any
) -> AuthenticatedClient:
    """A client of ``app`` in process: no socket, no base_url (the transport answers every host)."""
    transport = app.httpx_transport()
    return connect(*key, transport=transport, async_transport=transport, retry=retry, **kwargs)


def limit_buy(
    client_order_id: str | None = None, price: str = "60000.00", size: str = "0.001"
) -> SpotSubmitOrderRequest:
    body = SpotSubmitOrderRequest(
        symbol="BTC_USDT", side="buy", type_="limit", price=Decimal(price), size=Decimal(size)
    )
    if client_order_id is not None:
        body.client_order_id = client_order_id
    return body


def fresh_id() -> str:
    return f"fault{next(_ids):05d}x"


def orders_with(app: MockApp, client_order_id: str) -> list[Any]:
    with app.lock:
        return [o for o in app.exchange.spot.orders.values() if o.client_order_id == client_order_id]


def attempts(app: MockApp, operation: str) -> list[Any]:
    return [entry for entry in app.journal if entry.operation == operation]


# ---- every failure family is a typed exception ----------------------------------------------------


def test_each_error_family_raises_its_exception_with_code_message_and_trace(app: MockApp) -> None:
    good = client(app, retry=None)
    cases: list[tuple[Any, type[Exception], int | None]] = []

    bad_secret = client(app, retry=None, key=("mock-key", "wrong", "mock-memo"))
    cases.append(
        (lambda: submit_spot_order.sync(client=bad_secret, body=limit_buy()), AuthenticationError, 30005)
    )
    reader = client(app, retry=None, key=("reader-key", "reader-secret", "reader-memo"))
    cases.append(
        (lambda: submit_spot_order.sync(client=reader, body=limit_buy()), PermissionDeniedError, 30012)
    )
    cases.append(
        (
            lambda: get_spot_order.sync(client=good, body=SpotQueryOrderRequest(order_id="424242")),
            NotFoundError,
            50005,
        )
    )
    cases.append(
        (
            lambda: submit_spot_order.sync(client=good, body=limit_buy(size="90", price="60000.00")),
            InsufficientBalanceError,
            50020,
        )
    )
    cases.append((lambda: get_spot_ticker.sync(client=good, symbol="NOPE_USDT"), InvalidRequestError, 70002))
    for call, expected, code in cases:
        with pytest.raises(expected) as raised:
            call()
        error = raised.value
        assert isinstance(error, BitMartAPIError)
        assert error.code == code, error
        assert error.message and error.trace, error


def test_http_200_maintenance_is_a_maintenance_error(app: MockApp) -> None:
    app.set_maintenance("spot", 30016)
    with pytest.raises(MaintenanceError) as raised:
        get_spot_ticker.sync(client=client(app, retry=None), symbol="BTC_USDT")
    assert raised.value.http_status == 200 and raised.value.code == 30016 and raised.value.retryable


def test_server_network_and_malformed_failures_are_typed_when_not_retried(app: MockApp) -> None:
    plain = client(app, retry=None)
    app.add_fault(Fault("server_error", "get_spot_ticker", status=500))
    with pytest.raises(ServerError) as server_error:
        get_spot_ticker.sync(client=plain, symbol="BTC_USDT")
    assert server_error.value.code == 59002
    app.add_fault(Fault("server_error", "get_spot_ticker", status=502))
    with pytest.raises(ServerError) as gateway:
        get_spot_ticker.sync(client=plain, symbol="BTC_USDT")
    assert gateway.value.code is None and gateway.value.http_status == 502
    app.add_fault(Fault("drop", "get_spot_ticker"))
    with pytest.raises(NetworkError):
        get_spot_ticker.sync(client=plain, symbol="BTC_USDT")
    app.add_fault(Fault("malformed", "get_spot_ticker"))
    with pytest.raises(UnexpectedResponseError):
        get_spot_ticker.sync(client=plain, symbol="BTC_USDT")
    app.add_fault(Fault("rate_limit", "get_spot_ticker"))
    with pytest.raises(RateLimitError) as limited:
        get_spot_ticker.sync(client=plain, symbol="BTC_USDT")
    assert limited.value.http_status == 429 and limited.value.code == 30013


def test_a_bad_parameter_is_rejected_naming_the_field(app: MockApp) -> None:
    body = limit_buy()
    body.side = "sideways"  # type: ignore[assignment]
    with pytest.raises(InvalidRequestError) as raised:
        submit_spot_order.sync(client=client(app, retry=None), body=body)
    assert raised.value.code == 52002
    assert "side" in raised.value.message


# ---- retries ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        Fault("server_error", "get_spot_ticker", status=503, times=2),
        Fault("server_error", "get_spot_ticker", status=502, times=2),
        Fault("rate_limit", "get_spot_ticker", times=2),
        Fault("drop", "get_spot_ticker", times=2),
        Fault("malformed", "get_spot_ticker", times=2),
        Fault("maintenance", "get_spot_ticker", times=1),
    ],
    ids=lambda f: f"{f.kind}-{f.status}",
)
def test_reads_are_retried_through_transient_faults(app: MockApp, fault: Fault) -> None:
    before = len(attempts(app, "get_spot_ticker"))
    expected = fault.times + 1
    app.add_fault(fault)
    result = get_spot_ticker.sync(client=client(app), symbol="BTC_USDT")
    assert result.data.symbol == "BTC_USDT"
    assert len(attempts(app, "get_spot_ticker")) - before == expected


def test_retries_stop_at_the_attempt_budget(app: MockApp) -> None:
    before = len(attempts(app, "get_spot_ticker"))
    app.add_fault(Fault("server_error", "get_spot_ticker", status=500, times=10))
    with pytest.raises(ServerError):
        get_spot_ticker.sync(client=client(app), symbol="BTC_USDT")
    assert len(attempts(app, "get_spot_ticker")) - before == FAST_RETRY.max_attempts


def test_every_attempt_is_signed_afresh(app: MockApp) -> None:
    app.add_fault(Fault("server_error", "get_spot_order", status=503, times=2))
    before = len(attempts(app, "get_spot_order"))
    with pytest.raises(NotFoundError):
        get_spot_order.sync(client=client(app), body=SpotQueryOrderRequest(order_id="99"))
    seen = attempts(app, "get_spot_order")[before:]
    assert len(seen) == 3
    signatures = {entry.headers["x-bm-sign"] for entry in seen}
    timestamps = [int(entry.headers["x-bm-timestamp"]) for entry in seen]
    assert len(signatures) == 3 and timestamps == sorted(timestamps)


@pytest.mark.parametrize("kind", ["drop", "server_error", "malformed"])
def test_placement_with_a_client_order_id_is_never_duplicated(app: MockApp, kind: str) -> None:
    """The fault hits *after* BitMart placed the order: the client must find it, not place it again."""
    client_order_id = fresh_id()
    before = len(attempts(app, "submit_spot_order")), len(attempts(app, LOOKUP))
    app.add_fault(Fault(kind, "submit_spot_order", when="after", status=500))  # type: ignore[arg-type]
    result = submit_spot_order.sync(client=client(app), body=limit_buy(client_order_id))
    placed = orders_with(app, client_order_id)
    assert len(placed) == 1
    assert str(result.data.order_id) == str(placed[0].order_id)
    sent = len(attempts(app, "submit_spot_order")) - before[0], len(attempts(app, LOOKUP)) - before[1]
    assert sent == (1, 1), "one placement, then one look-up that found it"


def test_placement_faults_before_execution_are_retried_once_placed(app: MockApp) -> None:
    client_order_id = fresh_id()
    before = len(attempts(app, "submit_spot_order")), len(attempts(app, LOOKUP))
    app.add_fault(Fault("server_error", "submit_spot_order", status=503, times=2))
    result = submit_spot_order.sync(client=client(app), body=limit_buy(client_order_id))
    placed = orders_with(app, client_order_id)
    assert len(placed) == 1 and str(result.data.order_id) == str(placed[0].order_id)
    # Each 503 might have been carried out: each is looked up (absent) before placing again.
    sent = len(attempts(app, "submit_spot_order")) - before[0], len(attempts(app, LOOKUP)) - before[1]
    assert sent == (3, 2)


def test_a_failing_lookup_leaves_the_order_unknown_and_placed_once(app: MockApp) -> None:
    client_order_id = fresh_id()
    before = len(attempts(app, "submit_spot_order"))
    app.add_fault(Fault("drop", "submit_spot_order", when="after"))
    app.add_fault(Fault("server_error", LOOKUP, status=500, times=50))
    with pytest.raises(OrderStateUnknownError) as raised:
        submit_spot_order.sync(client=client(app), body=limit_buy(client_order_id))
    assert raised.value.client_order_id == client_order_id
    assert len(attempts(app, "submit_spot_order")) - before == 1
    assert len(orders_with(app, client_order_id)) == 1, (
        "it was placed, once, and the caller was told it is unknown"
    )


def test_placement_without_a_client_order_id_is_not_retried(app: MockApp) -> None:
    before_orders = len(app.exchange.spot.orders)
    before = len(attempts(app, "submit_spot_order"))
    app.add_fault(Fault("server_error", "submit_spot_order", when="after", status=500))
    with pytest.raises(ServerError):
        submit_spot_order.sync(client=client(app), body=limit_buy())
    assert len(attempts(app, "submit_spot_order")) - before == 1
    assert len(app.exchange.spot.orders) - before_orders == 1, "placed once, and the failure was raised"


def test_async_placement_is_deduplicated_too(app: MockApp) -> None:
    client_order_id = fresh_id()
    before = len(attempts(app, "submit_spot_order"))
    app.add_fault(Fault("drop", "submit_spot_order", when="after"))

    async def place() -> Any:
        async with client(app) as connected:
            return await submit_spot_order.asyncio(client=connected, body=limit_buy(client_order_id))

    result = asyncio.run(place())
    placed = orders_with(app, client_order_id)
    assert len(placed) == 1 and str(result.data.order_id) == str(placed[0].order_id)
    assert len(attempts(app, "submit_spot_order")) - before == 1


# ---- smoke tests over a real socket: timeouts -------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(MockApp(_config())) as running:
        yield running


def _socket_client(server: MockServer, **kwargs: Any) -> AuthenticatedClient:
    server.app.faults.clear()
    return connect(*KEY, base_url=server.url, **kwargs)


def test_timeout_is_a_network_timeout(server: MockServer) -> None:
    client = _socket_client(server, retry=None, timeout=0.1)
    server.app.add_fault(Fault("delay", "get_spot_ticker", seconds=0.5))
    with pytest.raises(NetworkTimeoutError):
        get_spot_ticker.sync(client=client, symbol="BTC_USDT")


def test_reads_are_retried_after_a_timeout(server: MockServer) -> None:
    client = _socket_client(server, retry=FAST_RETRY, timeout=0.2)
    server.app.add_fault(Fault("delay", "get_spot_ticker", seconds=0.5))
    result = get_spot_ticker.sync(client=client, symbol="BTC_USDT")
    assert result.code == 1000


def test_a_placement_that_timed_out_is_found_not_placed_again(server: MockServer) -> None:
    client = _socket_client(server, retry=FAST_RETRY, timeout=0.3)
    client_order_id = fresh_id()
    before = len(attempts(server.app, "submit_spot_order"))
    server.app.add_fault(Fault("delay", "submit_spot_order", when="after", seconds=0.6))
    result = submit_spot_order.sync(client=client, body=limit_buy(client_order_id))
    placed = orders_with(server.app, client_order_id)
    assert len(placed) == 1 and str(result.data.order_id) == str(placed[0].order_id)
    assert len(attempts(server.app, "submit_spot_order")) - before == 1


# ---- rate limits ----------------------------------------------------------------------------------


def _limited_app() -> MockApp:
    """A mock that enforces BitMart's limits, with a margin account that has borrow records to list."""
    app = MockApp(MockConfig(rate_limits=True))
    with app.lock:
        exchange = app.exchange
        exchange.margin.transfer(
            exchange.account("main"), "BTC_USDT", "USDT", Decimal(100), "in", exchange.now()
        )
    return app


# get_margin_borrow_records allows 150 requests per 2 s: a burst of 320 spans three windows.
BURST = 320


async def _burst(*, rate_limit: bool, **where: Any) -> list[Any]:
    connected = connect(*KEY, retry=None, rate_limit=rate_limit, timeout=60, **where)
    async with connected:
        calls = [get_margin_borrow_records.asyncio(client=connected, symbol="BTC_USDT") for _ in range(BURST)]
        return await asyncio.gather(*calls, return_exceptions=True)


@pytest.mark.slow
def test_a_burst_with_the_limiter_gets_no_429() -> None:
    """Over a real socket: the server queues the burst, which is what the limiter must survive."""
    with MockServer(_limited_app()) as server:
        results = asyncio.run(_burst(rate_limit=True, base_url=server.url))
        statuses = [e.status for e in server.app.journal if e.operation == "get_margin_borrow_records"]
    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == []
    assert len(results) == BURST
    assert len(statuses) == BURST and 429 not in statuses


def test_a_burst_without_the_limiter_surfaces_rate_limit_errors() -> None:
    app = _limited_app()
    results = asyncio.run(_burst(rate_limit=False, async_transport=app.httpx_transport()))
    rejected = [r for r in results if isinstance(r, RateLimitError)]
    others = [r for r in results if isinstance(r, BaseException) and not isinstance(r, RateLimitError)]
    assert rejected, "the mock must have answered 429"
    assert others == []
    assert all(error.code == 30013 and error.http_status == 429 for error in rejected)
    assert all(error.rate_limit is not None and error.rate_limit.exhausted for error in rejected)
