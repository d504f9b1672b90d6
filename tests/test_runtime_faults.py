"""The runtime against the running mock and its fault injection: typed errors for every family,
retries only where the policy allows them, no duplicate order, rate limits respected."""

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
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from bitmart_runtime.retry import RetryPolicy

FAST_RETRY = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05, total_timeout=10)
READ_ONLY = MockCredential("reader-key", "reader-secret", "reader-memo", frozenset({"Read-Only"}))
_ids = itertools.count(1)


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    config = MockConfig(
        credentials=(MockConfig().credentials[0], READ_ONLY), rate_limits=False, validate_responses=True
    )
    with MockServer(MockApp(config)) as running:
        yield running


@pytest.fixture
def app(server: MockServer) -> Iterator[MockApp]:
    server.app.faults.clear()
    yield server.app
    server.app.faults.clear()
    server.app.set_maintenance("spot", None)


def client(server: MockServer, retry: RetryPolicy | None = FAST_RETRY, **kwargs: Any) -> AuthenticatedClient:
    return connect("mock-key", "mock-secret", "mock-memo", base_url=server.url, retry=retry, **kwargs)


def limit_buy(
    client_order_id: str | None = None, price: str = "60000.00", size: str = "0.001"
) -> SpotSubmitOrderRequest:
    body = SpotSubmitOrderRequest(symbol="BTC_USDT", side="buy", type_="limit", price=price, size=size)
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


def test_each_error_family_raises_its_exception_with_code_message_and_trace(
    server: MockServer, app: MockApp
) -> None:
    good = client(server, retry=None)
    cases: list[tuple[Any, type[Exception], int | None]] = []

    bad_secret = connect("mock-key", "wrong", "mock-memo", base_url=server.url, retry=None)
    cases.append(
        (lambda: submit_spot_order.sync(client=bad_secret, body=limit_buy()), AuthenticationError, 30005)
    )
    reader = connect("reader-key", "reader-secret", "reader-memo", base_url=server.url, retry=None)
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


def test_http_200_maintenance_is_a_maintenance_error(server: MockServer, app: MockApp) -> None:
    app.set_maintenance("spot", 30016)
    with pytest.raises(MaintenanceError) as raised:
        get_spot_ticker.sync(client=client(server, retry=None), symbol="BTC_USDT")
    assert raised.value.http_status == 200 and raised.value.code == 30016 and raised.value.retryable


def test_server_network_and_malformed_failures_are_typed_when_not_retried(
    server: MockServer, app: MockApp
) -> None:
    plain = client(server, retry=None)
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


def test_timeout_is_a_network_timeout(server: MockServer, app: MockApp) -> None:
    app.add_fault(Fault("delay", "get_spot_ticker", seconds=0.5))
    with pytest.raises(NetworkTimeoutError):
        get_spot_ticker.sync(client=client(server, retry=None, timeout=0.1), symbol="BTC_USDT")


def test_a_bad_parameter_is_rejected_naming_the_field(server: MockServer, app: MockApp) -> None:
    body = limit_buy()
    body.side = "sideways"  # type: ignore[assignment]
    with pytest.raises(InvalidRequestError) as raised:
        submit_spot_order.sync(client=client(server, retry=None), body=body)
    assert raised.value.code == 52002
    assert "side" in raised.value.message


# ---- retries --------------------------------------------------------------------------------------


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
def test_reads_are_retried_through_transient_faults(server: MockServer, app: MockApp, fault: Fault) -> None:
    before = len(attempts(app, "get_spot_ticker"))
    app.add_fault(fault)
    result = get_spot_ticker.sync(client=client(server), symbol="BTC_USDT")
    assert result.data.symbol == "BTC_USDT"
    assert len(attempts(app, "get_spot_ticker")) - before == fault.times + 1 if fault.times else True


def test_reads_are_retried_after_a_timeout(server: MockServer, app: MockApp) -> None:
    app.add_fault(Fault("delay", "get_spot_ticker", seconds=0.5))
    result = get_spot_ticker.sync(client=client(server, timeout=0.2), symbol="BTC_USDT")
    assert result.code == 1000


def test_retries_stop_at_the_attempt_budget(server: MockServer, app: MockApp) -> None:
    before = len(attempts(app, "get_spot_ticker"))
    app.add_fault(Fault("server_error", "get_spot_ticker", status=500, times=10))
    with pytest.raises(ServerError):
        get_spot_ticker.sync(client=client(server), symbol="BTC_USDT")
    assert len(attempts(app, "get_spot_ticker")) - before == FAST_RETRY.max_attempts


def test_every_attempt_is_signed_afresh(server: MockServer, app: MockApp) -> None:
    app.add_fault(Fault("server_error", "get_spot_order", status=503, times=2))
    before = len(attempts(app, "get_spot_order"))
    with pytest.raises(NotFoundError):
        get_spot_order.sync(client=client(server), body=SpotQueryOrderRequest(order_id="99"))
    seen = attempts(app, "get_spot_order")[before:]
    assert len(seen) == 3
    signatures = {entry.headers["x-bm-sign"] for entry in seen}
    timestamps = [int(entry.headers["x-bm-timestamp"]) for entry in seen]
    assert len(signatures) == 3 and timestamps == sorted(timestamps)


@pytest.mark.parametrize("kind", ["drop", "server_error", "malformed", "delay"])
def test_placement_with_a_client_order_id_is_never_duplicated(
    server: MockServer, app: MockApp, kind: str
) -> None:
    """The fault hits *after* BitMart placed the order: the client must find it, not place it again."""
    client_order_id = fresh_id()
    app.add_fault(Fault(kind, "submit_spot_order", when="after", status=500, seconds=0.6))  # type: ignore[arg-type]
    result = submit_spot_order.sync(client=client(server, timeout=0.3), body=limit_buy(client_order_id))
    placed = orders_with(app, client_order_id)
    assert len(placed) == 1
    assert str(result.data.order_id) == str(placed[0].order_id)


def test_placement_faults_before_execution_are_retried_once_placed(server: MockServer, app: MockApp) -> None:
    client_order_id = fresh_id()
    app.add_fault(Fault("server_error", "submit_spot_order", status=503, times=2))
    result = submit_spot_order.sync(client=client(server), body=limit_buy(client_order_id))
    placed = orders_with(app, client_order_id)
    assert len(placed) == 1 and str(result.data.order_id) == str(placed[0].order_id)


def test_placement_without_a_client_order_id_is_not_retried(server: MockServer, app: MockApp) -> None:
    before_orders = len(app.exchange.spot.orders)
    before = len(attempts(app, "submit_spot_order"))
    app.add_fault(Fault("server_error", "submit_spot_order", when="after", status=500))
    with pytest.raises(ServerError):
        submit_spot_order.sync(client=client(server), body=limit_buy())
    assert len(attempts(app, "submit_spot_order")) - before == 1
    assert len(app.exchange.spot.orders) - before_orders == 1, "placed once, and the failure was raised"


def test_async_placement_is_deduplicated_too(server: MockServer, app: MockApp) -> None:
    client_order_id = fresh_id()
    app.add_fault(Fault("drop", "submit_spot_order", when="after"))

    async def place() -> Any:
        async with client(server) as connected:
            return await submit_spot_order.asyncio(client=connected, body=limit_buy(client_order_id))

    result = asyncio.run(place())
    placed = orders_with(app, client_order_id)
    assert len(placed) == 1 and str(result.data.order_id) == str(placed[0].order_id)


# ---- rate limits ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def limited_server() -> Iterator[MockServer]:
    with MockServer(MockApp(MockConfig(rate_limits=True))) as running:
        with running.app.lock:
            exchange = running.app.exchange
            exchange.margin.transfer(
                exchange.account("main"), "BTC_USDT", "USDT", Decimal(100), "in", exchange.now()
            )
        yield running


BURST = 500


async def _burst(server: MockServer, *, rate_limit: bool) -> list[Any]:
    connected = connect(
        "mock-key",
        "mock-secret",
        "mock-memo",
        base_url=server.url,
        retry=None,
        rate_limit=rate_limit,
        timeout=60,
    )
    async with connected:
        calls = [get_margin_borrow_records.asyncio(client=connected, symbol="BTC_USDT") for _ in range(BURST)]
        return await asyncio.gather(*calls, return_exceptions=True)


@pytest.mark.slow
def test_a_burst_with_the_limiter_gets_no_429(limited_server: MockServer) -> None:
    results = asyncio.run(_burst(limited_server, rate_limit=True))
    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == []
    assert len(results) == BURST
    statuses = [e.status for e in limited_server.app.journal if e.operation == "get_margin_borrow_records"]
    assert 429 not in statuses


@pytest.mark.slow
def test_a_burst_without_the_limiter_surfaces_rate_limit_errors(limited_server: MockServer) -> None:
    limited_server.app.limiter.reset()
    results = asyncio.run(_burst(limited_server, rate_limit=False))
    rejected = [r for r in results if isinstance(r, RateLimitError)]
    others = [r for r in results if isinstance(r, BaseException) and not isinstance(r, RateLimitError)]
    assert rejected, "the mock must have answered 429"
    assert others == []
    assert all(error.code == 30013 and error.http_status == 429 for error in rejected)
    assert all(error.rate_limit is not None and error.rate_limit.exhausted for error in rejected)
