"""``bitmart export`` against the mock: complete, idempotent, resumable, and unshaken by faults.

The history is made once per module through the client (``export_activity``); every test exports
it into its own file and compares each table with the mock's own state.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from bitmart_cli._export import Exporter, FetchFactory, Progress, Summary, run_export
from bitmart_cli._report import reconciliation
from bitmart_cli._streams import STREAMS
from bitmart_cli._tables import TABLES_BY_NAME
from bitmart_cli.store import Store, iso
from bitmart_client import AuthenticatedClient
from bitmart_client.pagination import PAGINATION
from bitmart_mock import Fault, MockApp
from bitmart_mock.drifting import EXTRA_FIELD, MUTATIONS, UNLISTED
from bitmart_openapi.history import OnDrift, decode, fetcher, to_json
from bitmart_runtime.paging import AsyncFetch, Pagination, records_of
from exchange_clock import START_MS, ExchangeClock
from export_activity import SINCE_MS, expected, export_client, in_process_client, make_history, mock_app


class History:
    """The mock with its history, and a way to export it."""

    def __init__(self) -> None:
        self.clock = ExchangeClock()
        self.app = mock_app(self.clock)
        make_history(in_process_client(self.app, self.clock), self.app, self.clock)
        self.until_ms = self.clock.now
        self.expected = expected(self.app.exchange, self.until_ms)

    def ids(self, table: str) -> set[str]:
        """The ids the mock holds for ``table`` (a table whose records have ids)."""
        wanted = self.expected[table]
        assert isinstance(wanted, set)
        return wanted

    def client(self, transport: httpx.MockTransport | None = None) -> AuthenticatedClient:
        """The command's own (lenient) client of the mock."""
        return export_client(self.app, self.clock, transport)

    def export(
        self,
        path: Path,
        fetch_factory: FetchFactory = fetcher,
        transport: httpx.MockTransport | None = None,
        progress: Progress | None = None,
    ) -> Summary:
        store = Store(path)
        try:
            exporter = Exporter(
                store,
                self.client(transport),
                until_ms=self.until_ms,
                since_ms=SINCE_MS,
                base_url="http://mock.local",
                fetch_factory=fetch_factory,
                progress=progress,
            )
            return run_export(exporter)
        finally:
            store.close()


@pytest.fixture(scope="module")
def history() -> Iterator[History]:
    made = History()
    yield made
    assert made.app.violations == []


def keys(path: Path, table: str) -> list[str]:
    """The primary keys of ``table`` (joined with ``|``), one entry per row."""
    key = " || '|' || ".join(TABLES_BY_NAME[table].key)
    with sqlite3.connect(path) as conn:
        rows = conn.execute(f"SELECT {key} FROM {table}").fetchall()  # noqa: S608
    return [str(row[0]) for row in rows]


def assert_complete(path: Path, history: History) -> None:
    problems = []
    for table, wanted in history.expected.items():
        found = keys(path, table)
        if len(found) != len(set(found)):
            problems.append(f"{table}: duplicate keys")
        if isinstance(wanted, int):
            if len(found) != wanted:
                problems.append(f"{table}: {len(found)} rows, the mock holds {wanted}")
        elif set(found) != wanted:
            problems.append(
                f"{table}: missing {sorted(wanted - set(found))[:5]}, extra {sorted(set(found) - wanted)[:5]}"
            )
    assert not problems, "\n".join(problems)


def test_the_history_is_big_enough_to_exercise_every_path(history: History) -> None:
    counts = {table: (w if isinstance(w, int) else len(w)) for table, w in history.expected.items()}
    assert counts["spot_trades"] > 200 and counts["futures_trades"] > 200 and counts["futures_orders"] > 200
    assert all(counts[table] > 0 for table in counts), counts


def test_an_export_holds_every_record_the_mock_holds(history: History, tmp_path: Path) -> None:
    summary = history.export(tmp_path / "x.sqlite")
    assert summary.complete, [o for o in summary.outcomes if o.status == "failed"]
    assert_complete(tmp_path / "x.sqlite", history)
    with sqlite3.connect(tmp_path / "x.sqlite") as conn:
        truncated = conn.execute("SELECT COUNT(*) FROM export_windows WHERE truncated = 1").fetchone()[0]
        bisected = conn.execute(
            "SELECT COUNT(*) FROM export_windows "
            "WHERE stream = 'futures_trades' AND end_ms - start_ms < 7776000000 / 2"
        ).fetchone()[0]
    assert truncated == 0 and bisected > 0


def test_records_keep_exact_amounts_times_and_the_raw_answer(history: History, tmp_path: Path) -> None:
    history.export(tmp_path / "x.sqlite")
    with sqlite3.connect(tmp_path / "x.sqlite") as conn:
        row = conn.execute(
            "SELECT withdraw_id, arrival_amount, fee, apply_time, apply_time_ms, raw FROM withdrawals"
        ).fetchone()
    record = history.app.exchange.funding.record(history.app.exchange.account("main"), row[0])
    assert (row[1], row[2]) == (format(record.amount, "f"), format(record.fee, "f"))
    assert row[4] == record.apply_time and row[3].endswith("Z") and row[3].startswith("2026-")
    assert '"withdraw_id":"' + row[0] + '"' in row[5]


def test_a_second_run_adds_no_row_and_skips_what_is_final(history: History, tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    history.export(path)
    with sqlite3.connect(path) as conn:
        # An operation without a maximum span is read as the settled past plus the last day.
        settled = conn.execute(
            "SELECT final FROM export_windows WHERE stream = 'futures_transactions' ORDER BY start_ms"
        ).fetchall()
    assert settled == [(1,), (0,)]
    before = {table: sorted(keys(path, table)) for table in history.expected}
    journal_before = len(history.app.journal)
    history.export(path)
    second_run_requests = len(history.app.journal) - journal_before
    assert {table: sorted(keys(path, table)) for table in history.expected} == before
    history.export(tmp_path / "fresh.sqlite")
    fresh_requests = len(history.app.journal) - journal_before - second_run_requests
    assert second_run_requests < fresh_requests / 2


class SimulatedKill(BaseException):
    """Stands for kill -9: nothing after it runs, no cleanup commits anything."""


def test_an_interrupted_export_resumes_to_a_complete_file(history: History, tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    calls = 0

    def dying(client: AuthenticatedClient, entry: Pagination, on_drift: OnDrift | None) -> AsyncFetch:
        fetch = fetcher(client, entry, on_drift)

        async def call(params: dict[str, Any]) -> Any:
            nonlocal calls
            calls += 1
            if calls == 60:
                raise SimulatedKill
            return await fetch(params)

        return call

    with pytest.raises(SimulatedKill):
        history.export(path, dying)
    with sqlite3.connect(path) as conn:
        saved = conn.execute("SELECT COUNT(*) FROM export_windows").fetchone()[0]
    assert saved > 0
    history.export(path)
    assert_complete(path, history)


def _faulty(app: MockApp, faults: dict[int, Fault]) -> FetchFactory:
    """A fetch factory that plans ``faults[n]`` on the mock just before the n-th call."""
    counter = iter(range(1, 10**6))

    def factory(client: AuthenticatedClient, entry: Pagination, on_drift: OnDrift | None) -> AsyncFetch:
        fetch = fetcher(client, entry, on_drift)

        async def call(params: dict[str, Any]) -> Any:
            number = next(counter)
            if number in faults:
                fault = faults[number]
                fault.operation = fault.operation or entry.operation_id
                app.add_fault(fault)
            return await fetch(params)

        return call

    return factory


def test_faults_in_the_middle_of_an_export_lose_nothing(history: History, tmp_path: Path) -> None:
    faults = {
        5: Fault("server_error", status=500),
        20: Fault("server_error", status=502, times=2),
        35: Fault("drop"),
        50: Fault("rate_limit", times=2),
        65: Fault("malformed"),
        80: Fault("maintenance"),
        95: Fault("drop", when="after"),
    }
    journal_before = len(history.app.journal)
    summary = history.export(tmp_path / "x.sqlite", _faulty(history.app, faults))
    assert summary.complete
    statuses = [entry.status for entry in list(history.app.journal)[journal_before:]]
    assert 429 in statuses and 500 in statuses and 502 in statuses
    assert_complete(tmp_path / "x.sqlite", history)


def rewriting(
    transport: httpx.MockTransport, operation_path: str, rewrite: Callable[[dict[str, Any]], None]
) -> httpx.MockTransport:
    """``transport`` with the answers of one path rewritten (``rewrite`` changes the decoded body)."""

    def handle(request: httpx.Request) -> httpx.Response:
        response: httpx.Response = transport.handle_request(request)
        if request.url.path != operation_path:
            return response
        body = json.loads(response.read())
        rewrite(body)
        return httpx.Response(response.status_code, headers=response.headers, json=body)

    return httpx.MockTransport(handle)


def test_a_delisted_contract_is_found_from_its_fills(history: History, tmp_path: Path) -> None:
    def delist(body: dict[str, Any]) -> None:
        body["data"]["symbols"] = [c for c in body["data"]["symbols"] if c["symbol"] != "BTCUSDT"]

    transport = rewriting(history.app.httpx_transport(), "/contract/public/details", delist)
    store = Store(tmp_path / "x.sqlite")
    client = history.client(transport)
    exporter = Exporter(store, client, until_ms=history.until_ms, since_ms=SINCE_MS, base_url="x")
    assert run_export(exporter).complete
    found = {row[0] for row in store.conn.execute("SELECT order_id FROM futures_orders")}
    store.close()
    assert found == history.expected["futures_orders"]


def recording(transport: httpx.MockTransport, answers: list[tuple[str, bytes]]) -> httpx.MockTransport:
    """``transport``, noting the operation and the body of every answer it gives."""

    def handle(request: httpx.Request) -> httpx.Response:
        response: httpx.Response = transport.handle_request(request)
        answers.append((str(request.extensions.get("bitmart_operation")), response.read()))
        return response

    return httpx.MockTransport(handle)


@pytest.fixture(scope="module")
def clean_raw(history: History, tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The ``raw`` of every record of an export without faults."""
    path = tmp_path_factory.mktemp("clean") / "x.sqlite"
    assert history.export(path).complete
    return raw_records(path)


def raw_records(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for table in TABLES_BY_NAME for row in conn.execute(f"SELECT raw FROM {table}")}  # noqa: S608


def assert_nothing_lost(path: Path, history: History) -> None:
    """Every record the mock holds has one row: under its id, or under a content key (``~...``)
    when the answer dropped one of the key's fields."""
    problems = []
    for table, wanted in history.expected.items():
        found = keys(path, table)
        count = wanted if isinstance(wanted, int) else len(wanted)
        if len(found) != count or len(set(found)) != len(found):
            problems.append(f"{table}: {len(found)} rows ({len(set(found))} keys), the mock holds {count}")
        if isinstance(wanted, set) and not {key for key in found if "~" not in key} <= wanted:
            problems.append(f"{table}: rows the mock does not hold")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("mutation", MUTATIONS)
def test_drifting_answers_lose_nothing_and_are_stored_as_sent(
    history: History, clean_raw: set[str], tmp_path: Path, mutation: str
) -> None:
    """Every answer of every operation whose records the export keeps drifts (the mock's drift
    fault): the export is complete, and each record is stored exactly as the mock sent it."""
    answers: list[tuple[str, bytes]] = []
    for operation in sorted({stream.operation for stream in STREAMS}):
        history.app.add_fault(Fault("drift", operation, times=1_000_000, mutation=mutation))
    try:
        transport = recording(history.app.httpx_transport(), answers)
        summary = history.export(tmp_path / "x.sqlite", transport=transport)
    finally:
        history.app.faults.clear()
    assert summary.complete, [o for o in summary.outcomes if o.status == "failed"]
    assert_nothing_lost(tmp_path / "x.sqlite", history)
    sent = {
        to_json(record)
        for operation, body in answers
        if operation in PAGINATION and (envelope := decode(body)).get("data") is not None
        for record in records_of(PAGINATION[operation], envelope["data"])
    }
    stored = raw_records(tmp_path / "x.sqlite")
    assert stored <= sent  # each record as sent, digit for digit, nothing added or dropped
    drifted = stored - clean_raw
    assert len(drifted) > len(stored) / 2, f"{len(drifted)} of {len(stored)} records drifted"
    if mutation == "extra_field":
        assert all(EXTRA_FIELD in raw for raw in drifted)
    if mutation == "unlisted_enum":
        assert any(UNLISTED in raw for raw in drifted)
    noted = [o for o in summary.outcomes if "differed from the document, kept as sent" in o.detail]
    assert len(noted) > 10 and all(o.status in ("done", "capped") for o in noted)


def test_sub_accounts_listed_without_a_name_are_reported_not_skipped(
    history: History, tmp_path: Path
) -> None:
    history.app.add_fault(Fault("drift", "get_sub_accounts", times=1_000_000, mutation="missing_field"))
    try:
        summary = history.export(tmp_path / "x.sqlite")
    finally:
        history.app.faults.clear()
    failed = {o.stream: o.detail for o in summary.outcomes if o.status == "failed"}
    assert set(failed) == {
        "balances",
        "sub_account_spot_transfers.main",
        "sub_account_futures_transfers.main",
    }
    assert all("without their accountName" in detail for detail in failed.values())
    assert keys(tmp_path / "x.sqlite", "spot_trades")  # the rest is exported


def test_a_record_without_its_id_fails_its_window_only(history: History, tmp_path: Path) -> None:
    """The one drift the client refuses: a futures fill without ``trade_id``. Its window is given
    up and reported; every other window is exported; a rerun without the drift completes."""
    path = tmp_path / "x.sqlite"
    spoiled: list[int] = []

    def drop_one_id(body: dict[str, Any]) -> None:
        if body["data"] and not spoiled:
            spoiled.append(len(body["data"]))
            del body["data"][0]["trade_id"]

    transport = rewriting(history.app.httpx_transport(), "/contract/private/trades", drop_one_id)
    summary = history.export(path, transport=transport)
    assert spoiled and not summary.complete
    (failed,) = [o for o in summary.outcomes if o.status == "failed"]
    assert (
        failed.stream == "futures_trades" and "1 window(s) given up, a record without its id" in failed.detail
    )
    assert "window 20" in failed.detail and "trade_id" in failed.detail
    with sqlite3.connect(path) as conn:
        detail = conn.execute(
            "SELECT status, detail FROM export_streams WHERE stream = 'futures_trades'"
        ).fetchone()
    assert detail == ("failed", failed.detail)
    found = set(keys(path, "futures_trades"))
    wanted = history.ids("futures_trades")
    assert found < wanted and 0 < len(wanted - found) <= spoiled[0]  # only that window is missing
    assert history.export(path).complete
    assert_complete(path, history)


def test_balances_reconcile_with_the_recorded_flows(tmp_path: Path) -> None:
    # Before any activity, the difference is the demo account's opening balances (minus the
    # deposits that funded it). Everything done afterwards must be explained by recorded flows.
    clock = ExchangeClock()
    app = mock_app(clock)
    path = tmp_path / "x.sqlite"

    def export() -> dict[str, Decimal]:
        store = Store(path)
        exporter = Exporter(
            store, export_client(app, clock), until_ms=clock.now, since_ms=SINCE_MS, base_url="x"
        )
        assert run_export(exporter).complete
        result = {report.currency: report.difference for report in reconciliation(store)}
        store.close()
        return result

    before = export()
    make_history(in_process_client(app, clock), app, clock, burst=6)
    after = export()
    # The mock pays its broker rebates into no wallet (they predate it): the one known gap.
    rebates = {currency: Decimal(0) for currency in after}
    with sqlite3.connect(path) as conn:
        for currency, amount in conn.execute(
            "SELECT currency, rebate_amount FROM broker_rebates WHERE date >= ?", (iso(START_MS)[:10],)
        ):
            rebates[currency] = rebates.get(currency, Decimal(0)) + Decimal(amount)
    changed = {
        c: after.get(c, Decimal(0)) - before.get(c, Decimal(0)) + rebates.get(c, Decimal(0)) for c in after
    }
    assert {c: v for c, v in changed.items() if v != 0} == {}
    assert after["USDT"] > 0  # the opening balance shows, it is not hidden


def test_the_history_helpers_page_one_operation_sync_and_async(history: History) -> None:
    from bitmart_openapi.history import ahistory
    from bitmart_openapi.history import history as records

    client = history.client()
    wanted = history.ids("futures_orders")
    got = [
        r["order_id"]
        for r in records(client, "get_futures_order_history", SINCE_MS, history.until_ms, symbol="BTCUSDT")
    ]
    assert sorted(got) == sorted(wanted) and len(got) > 200

    async def collect() -> list[str]:
        found = ahistory(client, "get_spot_account_trades", SINCE_MS, history.until_ms, orderMode="spot")
        return [r["tradeId"] async for r in found]

    assert sorted(asyncio.run(collect())) == sorted(history.ids("spot_trades"))


class _CountingProgress:
    """Windows planned and done per table, as a progress bar would show them."""

    def __init__(self) -> None:
        self.planned_windows: dict[str, int] = {}
        self.done_windows: dict[str, int] = {}
        self.overrun: list[str] = []

    def planned(self, table: str, windows: int) -> None:
        self.planned_windows[table] = self.planned_windows.get(table, 0) + windows

    def advanced(self, table: str, records: int) -> None:
        self.done_windows[table] = self.done_windows.get(table, 0) + 1
        if self.done_windows[table] > self.planned_windows.get(table, 0):
            self.overrun.append(f"{table}: {self.done_windows[table]}/{self.planned_windows.get(table, 0)}")

    def note(self, text: str) -> None:
        pass


def test_progress_never_shows_more_windows_done_than_planned(history: History, tmp_path: Path) -> None:
    # The busy weeks come back full and are read in parts: the bars grow, never run past the end.
    progress = _CountingProgress()
    summary = history.export(tmp_path / "x.sqlite", progress=progress)
    assert summary.complete
    assert progress.overrun == []
    assert progress.done_windows == progress.planned_windows
