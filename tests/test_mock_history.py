"""The mock's seeded year (``MockConfig(history=True)``): deterministic, consistent, big enough,
within BitMart's limits, and readable through every history operation of the document.

The exchange clock is fixed at 2026-12-03 12:00 UTC, so the year is 2025-12-03 to 2026-12-03
with trading until BitMart's stop on 2026-08-26.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_client.operations import OPERATIONS
from bitmart_client.pagination import PAGINATION
from bitmart_mock import MockApp, MockConfig, MockServer
from bitmart_mock.__main__ import _banner, _config, _parser
from bitmart_mock.exchange import Exchange
from bitmart_mock.exchange.funding import RecordStatus
from bitmart_mock.exchange.history import TRADING_STOP_MS, SeededYear
from bitmart_mock.exchange.subaccounts import RETENTION_MS
from bitmart_runtime import jsonpointer
from exchange_clock import DAY_MS, ExchangeClock
from mock_money_checks import (
    assert_every_amount_is_within_precision,
    assert_frozen_is_what_open_orders_hold,
    assert_money_is_conserved,
    assert_no_balance_is_negative,
    totals,
)
from operation_harness import arguments, module_of
from test_mock_coverage import EXAMPLE_ONLY_OPERATIONS

NOW = 1_796_299_200_000
"""2026-12-03T12:00:00Z."""
OPEN_LISTS = {
    "get_spot_open_orders",
    "get_spot_algo_open_orders",
    "get_futures_open_orders",
    "get_futures_plan_orders",
}
"""Lists of what is still open: empty after the year (BitMart's end of trading closed everything)."""
NOT_MODELLED = EXAMPLE_ONLY_OPERATIONS
"""The futures collateral logs: BitMart never published their answers; the mock answers the example."""


def _exchange(seed: int = 7, *, history: bool = True) -> Exchange:
    return Exchange(MockConfig(history=history, seed=seed), clock=lambda: NOW)


def _year(exchange: Exchange) -> SeededYear:
    assert exchange.history is not None
    return exchange.history


@pytest.fixture(scope="module")
def app() -> MockApp:
    config = MockConfig(history=True, rate_limits=False, validate_responses=True, timestamp_window_ms=10**13)
    return MockApp(config, clock=ExchangeClock(NOW))


@pytest.fixture(scope="module")
def client(app: MockApp) -> Iterator[AuthenticatedClient]:
    transport = app.httpx_transport()
    with connect(
        "mock-key",
        "mock-secret",
        "mock-memo",
        base_url="http://mock.local",
        retry=None,
        clock=lambda: NOW / 1000,
        transport=transport,
        strict=True,
    ) as connected:
        yield connected


def _records(exchange: Exchange) -> dict[str, list[tuple[Any, ...]]]:
    """Every record the seeded year made, field by field, and every balance."""
    spot = exchange.spot
    flows, futures = exchange.futures_flows.flows, exchange.futures_orders.orders.values()
    balances = [
        (account.name, index, code, wallet.balance(code).available, wallet.balance(code).frozen)
        for account in exchange.accounts.all()
        for index, wallet in enumerate(account.wallets())
        for code in wallet.currencies()
    ]
    return {
        "spot orders": [
            (
                o.order_id,
                o.client_order_id,
                o.pair.symbol,
                o.side,
                o.type,
                o.state,
                o.price,
                o.size,
                o.filled_size,
                o.create_time,
                o.update_time,
            )
            for o in spot.orders.values()
        ],
        "spot fills": [(f.trade_id, f.order.order_id, f.price, f.size, f.fee, f.time) for f in spot.fills],
        "futures orders": [
            (o.order_id, o.side, o.type, o.price, o.size, o.deal_size, o.create_time) for o in futures
        ],
        "futures flows": [
            (f.tran_id, f.account.name, f.flow_type, f.amount, f.symbol, f.time) for f in flows
        ],
        "funding": [
            (r.record_id, r.kind, r.account.name, r.channel.code, r.amount, r.fee, r.apply_time)
            for records in exchange.funding.records.values()
            for r in records
        ],
        "earn": [
            (r.record_id, r.kind, r.product.product_id, r.amount, r.time) for r in exchange.earn.records
        ],
        "sub transfers": [
            (t.transfer_id, t.family, t.source.name, t.amount, t.time_ms)
            for t in exchange.subaccounts.transfers
        ],
        "margin": [
            (
                m.symbol,
                [(loan.borrow_id, loan.amount, loan.interest_total) for loan in m.loans],
                [(r.repay_id, r.principal, r.interest, r.time) for r in m.repays],
            )
            for m in exchange.margin.accounts.values()
        ],
        "balances": balances,
    }


# ---- the year as the engines hold it ------------------------------------------------------------
def test_the_same_seed_makes_the_same_records_and_another_seed_others(app: MockApp) -> None:
    first = _records(app.exchange)
    assert _records(_exchange(7)) == first
    other = _records(_exchange(8))
    assert all(other[kind] != first[kind] for kind in first), [
        kind for kind in first if other[kind] == first[kind]
    ]


def test_money_adds_up_after_the_year(app: MockApp) -> None:
    # The same exchange without history is where the year started from: only money moved since.
    initial = totals(_exchange(history=False))
    assert set(totals(app.exchange)) >= set(initial)
    assert_money_is_conserved(app.exchange, {**dict.fromkeys(totals(app.exchange), Decimal(0)), **initial})
    assert_no_balance_is_negative(app.exchange)
    assert_frozen_is_what_open_orders_hold(app.exchange)
    assert_every_amount_is_within_precision(app.exchange)


def test_no_wallet_ever_holds_an_amount_finer_than_its_currency(monkeypatch: pytest.MonkeyPatch) -> None:
    # The year's catch-up runs before every event: checking there sees the state after each event,
    # including reservations of orders cancelled later. Another seed than the module's app.
    checked: list[int] = []

    def checking(exchange: Exchange, now: int) -> None:
        assert_every_amount_is_within_precision(exchange)
        checked.append(now)
        catch_up(exchange, now)

    catch_up = Exchange.catch_up
    monkeypatch.setattr(Exchange, "catch_up", checking)
    exchange = _exchange(8)
    assert len(checked) >= _year(exchange).events
    assert_every_amount_is_within_precision(exchange)


def test_the_year_holds_thousands_of_records_of_every_kind(app: MockApp) -> None:
    year = _year(app.exchange)
    assert year.refused == []
    kinds = {name: count for name, count in year.counts.items() if "." not in name}
    assert all(count > 0 for count in kinds.values()), kinds
    assert year.total >= 5000, year.counts
    for name in ("spot_orders", "spot_trades", "futures_orders", "futures_transactions", "earn_interest"):
        assert kinds[name] >= 300, (name, kinds[name])
    flows = {name: count for name, count in year.counts.items() if name.startswith("futures_transactions.")}
    assert all(
        flows[f"futures_transactions.{kind}"] > 0 for kind in ("transfer", "realized_pnl", "funding", "fee")
    )


def test_records_keep_to_the_year_and_trades_to_the_trading_months(app: MockApp) -> None:
    exchange, year = app.exchange, _year(app.exchange)
    start, end = year.calendar.start, year.calendar.end
    main = exchange.account("main")
    trades = [f.time for f in exchange.spot.account_fills(main)] + [f.time for f in exchange.futures.fills]
    assert trades and max(trades) < TRADING_STOP_MS <= year.calendar.stop
    orders = [o.create_time for o in exchange.spot.account_orders(main)]
    orders += [o.create_time for o in exchange.futures_orders.orders.values()]
    assert start <= min(orders) and max(orders) < TRADING_STOP_MS
    others = [r.apply_time for records in exchange.funding.records.values() for r in records]
    others += [f.time for f in exchange.futures_flows.flows] + [r.time for r in exchange.earn.records]
    assert start <= min(others) and max(others) < end
    assert max(others) > TRADING_STOP_MS  # money still moves after trading stopped
    # Nothing is left open when trading stops; every withdrawal has reached its final state.
    assert not any(
        o.is_open for o in exchange.spot.orders.values() if o.account is not exchange.market_maker.account
    )
    assert exchange.futures_orders.working() == [] and exchange.futures_positions.all_open() == []
    statuses = {r.status(NOW) for records in exchange.funding.records.values() for r in records}
    assert statuses == {RecordStatus.DONE}


def test_sub_account_transfers_stay_within_what_bitmart_keeps_and_lists(app: MockApp) -> None:
    exchange = app.exchange
    main = exchange.account("main")
    for family in ("spot", "futures"):
        held = [t for t in exchange.subaccounts.transfers if t.family == family]
        assert held and min(t.time_ms for t in held) >= NOW - RETENTION_MS
        cap = PAGINATION[f"get_sub_account_{family}_transfers_as_main"].limit
        assert cap is not None and len(held) <= cap.max
        assert {t.source.name for t in held} | {t.target.name for t in held} == {
            "main",
            *(s.name for s in main.subs),
        }


def _busiest_week(times: list[int]) -> tuple[int, int]:
    """The 7-day window (ms, both ends in) that holds the most of ``times``."""
    times = sorted(times)
    best, most, last = 0, 0, 0
    for first in range(len(times)):
        while last < len(times) and times[last] < times[first] + 7 * DAY_MS:
            last += 1
        if last - first > most:
            best, most = first, last - first
    return times[best], times[best] + 7 * DAY_MS - 1


def _btc_futures_orders(exchange: Exchange) -> list[int]:
    orders = exchange.futures_orders.account_orders(exchange.account("main"))
    return [o.create_time for o in orders if o.symbol == "BTCUSDT"]


def _futures_fills(exchange: Exchange) -> list[int]:
    return [f.time for f in exchange.futures.fills if f.order.account is exchange.account("main")]


def _spot_orders(exchange: Exchange) -> list[int]:
    return [o.create_time for o in exchange.spot.account_orders(exchange.account("main"))]


def _spot_fills(exchange: Exchange) -> list[int]:
    return [f.time for f in exchange.spot.account_fills(exchange.account("main"))]


@pytest.mark.parametrize(
    ("operation_id", "times"),
    [
        ("get_futures_order_history", _btc_futures_orders),
        ("get_futures_trades", _futures_fills),
        ("get_spot_order_history", _spot_orders),
        ("get_spot_account_trades", _spot_fills),
    ],
)
def test_a_week_holds_more_than_a_capped_answer(
    operation_id: str,
    times: Callable[[Exchange], list[int]],
    app: MockApp,
    client: AuthenticatedClient,
    bundle: dict[str, Any],
) -> None:
    cap = PAGINATION[operation_id].limit
    assert cap is not None
    first, last = _busiest_week(times(app.exchange))
    inside = [t for t in times(app.exchange) if first <= t <= last]
    assert len(inside) > cap.max
    answer = _call(
        client, bundle, operation_id, _window(operation_id, first, last) | _EXTRA.get(operation_id, {})
    )
    assert len(answer) == cap.max  # full: the exporter must cut this window in two


# ---- every history operation, through the generated client, strictly --------------------------
def _window(operation_id: str, first_ms: int, last_ms: int) -> dict[str, Any]:
    time = PAGINATION[operation_id].time
    assert time is not None
    scale = 1000 if time.unit == "s" else 1
    return {time.start: first_ms // scale, time.end: last_ms // scale}


def _call(
    client: AuthenticatedClient, bundle: dict[str, Any], operation_id: str, wire: dict[str, Any]
) -> list[dict[str, Any]]:
    """The records of one answer (the operation's ``records`` pointer; groups flattened)."""
    paging = PAGINATION[operation_id]
    if paging.location == "body":
        overrides: dict[str, Any] = {"body": wire}
    else:
        overrides = {paging.arguments.get(name, name): value for name, value in wire.items()}
    module = module_of(operation_id)
    response = module.sync_detailed(client=client, **arguments(bundle, operation_id, overrides))
    assert response.status_code == 200, response.content
    data = json.loads(response.content)["data"]
    found = jsonpointer.resolve(data, paging.records) if paging.records else data
    if paging.group_key:
        return [dict(row, **{paging.group_key: key}) for key, rows in found.items() for row in rows]
    assert isinstance(found, list)
    return found


_TRADING = (TRADING_STOP_MS - 80 * DAY_MS, TRADING_STOP_MS - 1)
_YEAR = (NOW - 366 * DAY_MS, NOW)
_SUBS = {"moveType": "spot to spot", "N": 100}
SUB1 = "sub1@demo.mock"
_EXTRA: dict[str, dict[str, Any]] = {
    "get_futures_order_history": {"symbol": "BTCUSDT"},
    "get_spot_order_history": {"limit": 200},
    "get_spot_account_trades": {"limit": 200},
}
"""Parameters besides the window that the busiest-week calls need."""


def _friend(app: MockApp) -> tuple[int, int]:
    invitation = app.exchange.affiliate.invited(app.exchange.account("main"))[0]
    return invitation.invitee.uid, invitation.registered


def _filled_order(app: MockApp) -> str:
    main = app.exchange.account("main")
    return str(next(f.order.order_id for f in app.exchange.spot.account_fills(main)))


def _page(size: int, **others: Any) -> Callable[[MockApp], dict[str, Any]]:
    return lambda app: {"page": 1, "size": size, **others}


def _earn(kind: str) -> Callable[[MockApp], dict[str, Any]]:
    return lambda app: {"type": kind, "currentPage": 1, "sizePage": 100}


def _invitees(app: MockApp) -> dict[str, Any]:
    uid, registered = _friend(app)
    return {"cid": uid, "page": 1, "size": 50, "start_time": registered // 1000 - 86_400,
            "end_time": registered // 1000 + 86_400}  # fmt: skip


def _friend_funding(app: MockApp) -> dict[str, Any]:
    uid, registered = _friend(app)
    return {"cid": uid, "page": 1, "size": 50, "start_time": registered // 1000,
            "end_time": registered // 1000 + 50 * 86_400}  # fmt: skip


def _friend_trades(app: MockApp) -> dict[str, Any]:
    return {"user_id": _friend(app)[0], "type": 1, "page": 1, "size": 10}


_FIRST_QUARTER = (_YEAR[0], _YEAR[0] + 89 * DAY_MS)
Case = tuple[tuple[int, int] | None, Callable[[MockApp], dict[str, Any]]]
CASES: dict[str, Case] = {
    # operation[variant]: (the window asked for, or None; the other parameters)
    "get_broker_rebates": (_YEAR, lambda app: {}),
    "get_deposit_withdraw_history[deposit]": (_TRADING, lambda app: {"operation_type": "deposit", "N": 1000}),
    "get_deposit_withdraw_history[withdraw]": (
        _TRADING,
        lambda app: {"operation_type": "withdraw", "N": 1000},
    ),
    "get_futures_order_history[ETHUSDT]": (_TRADING, lambda app: {"symbol": "ETHUSDT"}),
    "get_futures_trades": (_TRADING, lambda app: {}),
    "get_futures_transaction_history": (_YEAR, lambda app: {"page_size": 1000}),
    "get_futures_transaction_history[funding]": (_YEAR, lambda app: {"flow_type": 3, "page_size": 1000}),
    "get_spot_futures_transfers": (_YEAR, lambda app: {"page": 1, "limit": 100, "currency": "USDT"}),
    "get_futures_affiliate_rebates": (_YEAR, _page(10, currency="USDT")),
    "get_futures_affiliate_trades": (_YEAR, _friend_trades),
    "get_futures_affiliate_invitees": (None, _invitees),
    "get_futures_affiliate_deposits_withdrawals": (None, _friend_funding),
    "get_margin_borrow_records": (_YEAR, lambda app: {"symbol": "BTC_USDT", "N": 100}),
    "get_margin_repay_records": (_YEAR, lambda app: {"symbol": "BTC_USDT", "N": 100}),
    "get_spot_order_history": (_TRADING, lambda app: {"limit": 200}),
    "get_spot_order_history[iso_margin]": (_FIRST_QUARTER, lambda app: {"orderMode": "iso_margin"}),
    "get_spot_account_trades": (_TRADING, lambda app: {"limit": 200}),
    "get_spot_order_trades": (None, lambda app: {"orderId": _filled_order(app)}),
    "get_spot_algo_order_history": (_TRADING, lambda app: {"limit": 200}),
    "get_earn_flexible_records[interest]": (_YEAR, _earn("interest")),
    "get_earn_flexible_records[redeem]": (_YEAR, _earn("redeem")),
    "get_earn_fixed_records[subscribe]": (_YEAR, _earn("subscribe")),
    "get_earn_fixed_records[interest]": (_YEAR, _earn("interest")),
    "get_sub_account_spot_transfers_as_main": (None, lambda app: _SUBS),
    "get_sub_account_spot_transfers": (None, lambda app: _SUBS),
    "get_sub_account_futures_transfers": (None, lambda app: {"limit": 100}),
    "get_sub_account_futures_transfers_as_main": (None, lambda app: {"subAccount": SUB1, "limit": 100}),
}
"""A call per history operation of the document that lists what happened (not what is open now)."""


def _history_operations() -> set[str]:
    return {
        name
        for name, paging in PAGINATION.items()
        if OPERATIONS[name].auth != "NONE"
        and (paging.time or paging.time_field or paging.retention_days)
        and name not in OPEN_LISTS | NOT_MODELLED
    }


def test_every_history_operation_has_a_case() -> None:
    assert {case.split("[")[0] for case in CASES} == _history_operations()


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_history_operation_answers_with_seeded_records(
    case: str, app: MockApp, client: AuthenticatedClient, bundle: dict[str, Any]
) -> None:
    operation_id = case.split("[")[0]
    paging = PAGINATION[operation_id]
    window, others = CASES[case]
    wire = others(app) | (_window(operation_id, *window) if window else {})
    records = _call(client, bundle, operation_id, wire)
    assert records, case
    if paging.time_field and window:
        scale = 1000 if paging.time_field_unit == "s" else 1
        times = [int(record[paging.time_field]) * scale for record in records]
        assert window[0] // 1000 * 1000 <= min(times) and max(times) <= window[1] // 1000 * 1000 + 999, case
    if paging.retention_days:
        assert (
            min(int(r[paging.time_field or ""]) for r in records) * 1000
            >= NOW - paging.retention_days * DAY_MS
        )
    assert app.violations == []


def test_open_lists_are_empty_after_the_end_of_trading(
    app: MockApp, client: AuthenticatedClient, bundle: dict[str, Any]
) -> None:
    for operation_id in sorted(OPEN_LISTS):
        wire = {"symbol": "BTCUSDT"} if operation_id.startswith("get_futures") else {}
        assert _call(client, bundle, operation_id, wire) == [], operation_id


# ---- switching it on ------------------------------------------------------------------------------
def test_history_is_off_by_default() -> None:
    exchange = Exchange(MockConfig(), clock=lambda: NOW)
    assert exchange.history is None
    assert exchange.spot.orders == {} or all(
        o.account is exchange.market_maker.account for o in exchange.spot.orders.values()
    )
    assert exchange.futures_market.paths == {}


def test_the_command_line_turns_it_on_with_a_seed() -> None:
    config = _config(_parser().parse_args(["--history", "--seed", "11"]))
    assert config.history and config.seed == 11
    assert "seeded year (seed 11)" in _banner("127.0.0.1", 8080, config)
    assert not _config(_parser().parse_args([])).history


class TestTheFixtureTakesIt:
    """``bitmart_mock_config`` overridden with ``history=True`` serves the seeded year."""

    @pytest.fixture
    def bitmart_mock_config(self) -> MockConfig:
        return MockConfig(history=True, seed=5)

    def test_the_served_exchange_has_its_year(self, bitmart_mock_server: MockServer) -> None:
        year = _year(bitmart_mock_server.app.exchange)
        assert year.total >= 5000 and year.refused == []
