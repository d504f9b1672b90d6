"""The export benchmark: ``bitmart export`` of an account against the floor of BitMart's limits.

An account gets a history on the mock (a year of trading, transfers, deposits, withdrawals,
margin loans and Earn; ``quick``: four months and a fifth of the activity), made in-process with
the mock's limits off. Then the mock serves it over loopback *with* its rate limits, and the
export runs as the command runs it (same client: paced by the runtime's limiter, retried).

The floor comes from the same run: for each operation, the ``n`` requests it sent need at least
``(ceil(n / count) - 1) * window`` seconds under its documented limit of ``count`` per
``window``; operations have independent limits, so the floor is the largest of these. The
report gives the time, the floor, their ratio (target: at most 1.2) and the count of HTTP 429
answers (target: zero).
"""

from __future__ import annotations

import math
import tempfile
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from bitmart_auth import connect
from bitmart_cli._export import Exporter, run_export
from bitmart_cli.session import Overrides, make_client
from bitmart_cli.store import Store
from bitmart_client import AuthenticatedClient
from bitmart_client.api.earn import subscribe_earn_flexible
from bitmart_client.api.funding_account import submit_withdraw
from bitmart_client.api.futures_account import transfer_spot_futures
from bitmart_client.api.futures_trading import submit_futures_order
from bitmart_client.api.margin import borrow_margin, repay_margin, transfer_margin_asset
from bitmart_client.api.spot_trading import submit_spot_order
from bitmart_client.models import (
    FundingWithdrawRequest,
    FuturesSubmitOrderRequest,
    FuturesTransferRequest,
    MarginBorrowRequest,
    MarginRepayRequest,
    MarginTransferRequest,
    SpotSubmitOrderRequest,
    SubscribeEarnFlexibleBody,
)
from bitmart_client.operations import OPERATIONS
from bitmart_mock import DEFAULT_CREDENTIAL, MockApp, MockConfig, MockServer

DAY_MS = 86_400_000
START_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z


class Clock:
    """The exchange's settable clock (Unix milliseconds)."""

    def __init__(self) -> None:
        self.now = START_MS

    def __call__(self) -> int:
        return self.now


class ExportRun(NamedTuple):
    """What one benchmark export measured."""

    records: int
    requests: int
    seconds: float
    floor: float
    bottleneck: str
    rejected: int


def _day(client: AuthenticatedClient, app: MockApp, clock: Clock, day: int, trades: int) -> None:
    """One day of activity: spot and futures trades, and on some days the other kinds."""
    for index in range(trades):
        side = "buy" if index % 2 == 0 else "sell"
        amount = {"notional": "15"} if side == "buy" else {"size": "0.0002"}
        spot = SpotSubmitOrderRequest.from_dict(
            {"symbol": "BTC_USDT", "side": side, "type": "market", **amount}
        )
        submit_spot_order.sync(client=client, body=spot)
        futures = FuturesSubmitOrderRequest.from_dict(
            {
                "symbol": "BTCUSDT",
                "side": 1 if index % 2 == 0 else 3,
                "type": "market",
                "size": 1,
                "leverage": "10",
                "open_type": "cross",
            }
        )
        submit_futures_order.sync(client=client, body=futures)
        clock.now += 60_000
    if day % 7 == 0:
        for direction in ("spot_to_contract", "contract_to_spot"):
            move = FuturesTransferRequest(currency="USDT", amount=Decimal("20"), type_=direction)
            transfer_spot_futures.sync(client=client, body=move)
    if day % 15 == 0:
        main = app.exchange.account("main")
        app.exchange.funding.credit_deposit(
            main, "USDT-TRC20", Decimal(500), clock.now, "TJDENsfBJs4RFETt1X1W8wMDc8M5XnJhCe"
        )
        withdraw = FundingWithdrawRequest.from_dict(
            {"currency": "USDT-TRC20", "amount": "20", "address": "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"}
        )
        submit_withdraw.sync(client=client, body=withdraw)
    if day % 30 == 0:
        _month(client, day)


def _month(client: AuthenticatedClient, day: int) -> None:
    move = MarginTransferRequest.from_dict(
        {"symbol": "BTC_USDT", "currency": "USDT", "amount": "100", "side": "in"}
    )
    transfer_margin_asset.sync(client=client, body=move)
    borrow_margin.sync(
        client=client, body=MarginBorrowRequest(symbol="BTC_USDT", currency="USDT", amount=Decimal("50"))
    )
    repay = MarginRepayRequest(symbol="BTC_USDT", currency="USDT", amount=Decimal("20"))
    repay_margin.sync(client=client, body=repay)
    save = SubscribeEarnFlexibleBody(product_id="1001", amount=Decimal("100"), request_no=f"{day:020d}")
    subscribe_earn_flexible.sync(client=client, body=save)


def make_account(quick: bool) -> tuple[MockApp, Clock]:
    """A mock holding a year (quick: four months) of one account's activity."""
    clock = Clock()
    app = MockApp(MockConfig(rate_limits=False, timestamp_window_ms=10**13), clock=clock)
    transport = app.httpx_transport()
    key = DEFAULT_CREDENTIAL
    client = connect(
        key.key,
        key.secret,
        key.memo,
        base_url="http://mock.local",
        transport=transport,
        clock=lambda: clock.now / 1000,
    )
    days, trades = (120, 1) if quick else (365, 2)
    for day in range(days):
        _day(client, app, clock, day, trades + (8 if day == days // 2 else 0))
        clock.now += DAY_MS - trades * 60_000
    return app, clock


def floor_seconds(requests: Counter[str]) -> tuple[float, str]:
    """The least time BitMart's documented limits allow for these requests, and the operation that sets it."""
    best, name = 0.0, ""
    for operation, count in requests.items():
        limit = OPERATIONS[operation].rate_limit
        seconds = max(0, math.ceil(count / limit.requests) - 1) * limit.window
        if seconds > best:
            best, name = seconds, operation
    return best, name


def measure(quick: bool) -> ExportRun:
    """Export the benchmark account over loopback with the mock's rate limits on."""
    app, clock = make_account(quick)
    # Only the export's requests, and every one of them (not only the latest 5000).
    app.journal.clear()
    app.journal.capacity, app.journal.max_bytes = 10**7, 1 << 31
    app.limiter.enabled = True
    since = clock.now - 400 * DAY_MS if quick else None
    with MockServer(app) as server, tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.sqlite")
        client = make_client(
            "mock-key", "mock-secret", "mock-memo", server.url, Overrides(clock=lambda: clock.now / 1000)
        )
        exporter = Exporter(store, client, until_ms=clock.now, since_ms=since, base_url=server.url)
        started = time.perf_counter()
        summary = run_export(exporter)
        seconds = time.perf_counter() - started
        records = sum(outcome.records for outcome in summary.outcomes)
        store.close()
    entries: list[Any] = list(app.journal)
    requests = Counter(str(entry.operation) for entry in entries if entry.operation)
    floor, bottleneck = floor_seconds(requests)
    rejected = sum(1 for entry in entries if entry.status == 429)
    return ExportRun(records, sum(requests.values()), seconds, floor, bottleneck, rejected)


def rows(quick: bool) -> list[list[str]]:
    """The benchmark's table rows."""
    run = measure(quick)
    ratio = f"{run.seconds / run.floor:.2f}" if run.floor else "n/a"
    label = "export, 4 months (quick)" if quick else "export, one year, default --since"
    return [
        [
            label,
            str(run.records),
            str(run.requests),
            f"{run.seconds:.1f} s",
            f"{run.floor:.1f} s ({run.bottleneck})",
            ratio,
            str(run.rejected),
        ]
    ]


HEADER = ["export", "records", "requests", "time", "floor of the documented limits", "× floor", "HTTP 429"]

__all__ = ["HEADER", "ExportRun", "floor_seconds", "make_account", "measure", "rows"]
