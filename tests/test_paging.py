"""The paging helpers of bitmart_runtime.paging, driven against scripted fake servers (no I/O)."""

from __future__ import annotations

import asyncio
import itertools
import random
from collections import Counter
from typing import Any

import pytest
from bitmart_runtime._windows import Window, plan, split_span, uncovered, window_ms, wire_bounds
from bitmart_runtime.paging import (
    Completed,
    CursorParams,
    PageParams,
    Pager,
    Pagination,
    RowLimit,
    TimeFilter,
    aiter_records,
    apaginate,
    iter_records,
    paginate,
    plan_windows,
    record_key,
    record_time_ms,
    records_of,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

DAY_MS = 86_400_000


def capped(
    cap: int, *, unit: str = "ms", max_span: int | None = None, bounds: str = "inclusive"
) -> Pagination:
    """A time-window operation with a row cap and no cursor, like the spot order history."""
    return Pagination(
        "fake_history",
        "time_window",
        id=("id",),
        time_field="t",
        time_field_unit="ms",
        time=TimeFilter("startTime", "endTime", unit, bounds, max_span),  # type: ignore[arg-type]
        limit=RowLimit(cap, "limit"),
    )


class FakeServer:
    """Records with ids and millisecond times, served the way BitMart serves a history list."""

    def __init__(self, records: list[dict[str, Any]], entry: Pagination, order: str = "newest") -> None:
        self.records = records
        self.entry = entry
        self.order = order
        self.calls: list[dict[str, Any]] = []

    def _selected(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        time = self.entry.time
        rows = list(self.records)
        if time is not None and time.start in params:
            size = 1000 if time.unit == "s" else 1
            low, high = params[time.start] * size, params[time.end] * size + size - 1
            if time.bounds != "inclusive":
                high -= size
            if time.bounds == "exclusive":
                low += size
            rows = [row for row in rows if low <= row["t"] <= high]
        if self.order == "newest":
            rows.sort(key=lambda row: (-row["t"], row["id"]))
        else:
            random.Random(len(self.calls)).shuffle(rows)
        return rows

    def __call__(self, params: dict[str, Any]) -> Any:
        self.calls.append(dict(params))
        rows = self._selected(params)
        entry = self.entry
        if entry.page is not None:
            size, page = params[entry.page.size], params[entry.page.page]
            rows = rows[(page - entry.page.first) * size : (page - entry.page.first + 1) * size]
        elif entry.cursor is not None:
            after = params.get(entry.cursor.param)
            if after is not None:
                position = next(i for i, row in enumerate(rows) if row["id"] == after)
                rows = rows[position + 1 :]
        if entry.limit is not None:
            rows = rows[: entry.limit.max]
        if entry.time is not None and entry.time.max_span is not None and entry.time.start in params:
            span = params[entry.time.end] - params[entry.time.start]
            unit_ms = 1000 if entry.time.unit == "s" else 1
            assert span * unit_ms <= entry.time.max_span * 1000, "window longer than the documented span"
        return {"list": rows} if entry.records else rows


def _records(times: list[int]) -> list[dict[str, Any]]:
    return [{"id": f"r{i}", "t": t} for i, t in enumerate(times)]


# ---- window arithmetic ---------------------------------------------------------------------------
def test_split_span_keeps_each_window_under_the_maximum_and_covers_all() -> None:
    windows = split_span(0, 100, 30)
    assert windows[0] == Window(0, 28) and windows[-1].end == 100
    assert all(w.end - w.start < 30 for w in windows)
    assert all(b.start == a.end + 1 for a, b in itertools.pairwise(windows))
    assert split_span(5, 4, 10) == [] and split_span(0, 9, None) == [Window(0, 9)]


def test_uncovered_subtracts_closed_intervals() -> None:
    assert uncovered(0, 100, [(10, 19), (30, 39)]) == [(0, 9), (20, 29), (40, 100)]
    assert uncovered(0, 100, [(0, 100)]) == []
    assert uncovered(0, 100, [(50, 200), (-5, 10)]) == [(11, 49)]
    assert uncovered(0, 100, [(-20, -10), (200, 300)]) == [(0, 100)]  # before and after the range


def test_plan_in_seconds_resumes_after_a_checkpoint_on_a_second() -> None:
    first = plan(0, 9_999, "s", None)
    assert first == [Window(0, 9)]
    covered = [window_ms(Window(0, 4), "s")]
    assert covered == [(0, 4_999)]
    assert plan(0, 9_999, "s", None, covered) == [Window(5, 9)]


def test_wire_bounds_widen_exclusive_ends_by_one_unit() -> None:
    assert wire_bounds(Window(10, 20), "inclusive") == (10, 20)
    assert wire_bounds(Window(10, 20), "end_exclusive") == (10, 21)
    assert wire_bounds(Window(10, 20), "exclusive") == (9, 21)
    assert Window(0, 1).halves() == (Window(0, 0), Window(1, 1))
    assert not Window(3, 3).splittable


# ---- records and keys ----------------------------------------------------------------------------
def test_records_of_follows_the_pointer_and_flattens_grouped_answers() -> None:
    entry = Pagination("x", "none", records="/rebates", group_key="date", id=("date", "currency"))
    data = {"rebates": {"2026-01-01": [{"currency": "USDT"}, {"currency": "BTC"}], "2026-01-02": []}}
    assert records_of(entry, data) == [
        {"date": "2026-01-01", "currency": "USDT"},
        {"date": "2026-01-01", "currency": "BTC"},
    ]
    assert records_of(entry, {"other": 1}) == []
    assert record_key(entry, {"date": "d", "currency": "c"}) == "d|c"


def test_records_without_an_id_are_kept_apart_by_occurrence() -> None:
    entry = Pagination("x", "none", id=("deposit_id", "withdraw_id"))
    same = {"deposit_id": "", "withdraw_id": "", "amount": "1"}
    pager = Pager(entry, [None])
    query = pager.next_query()
    assert query is not None
    done = pager.receive(query, [same, dict(same), {"deposit_id": "7", "withdraw_id": ""}])
    assert done is not None and len(done.records) == 3
    assert record_key(entry, same, 0) != record_key(entry, same, 1)


def test_record_time_reads_numbers_and_numeric_strings() -> None:
    entry = Pagination("x", "none", time_field="time", time_field_unit="s")
    assert record_time_ms(entry, {"time": "1700000000"}) == 1_700_000_000_000
    assert record_time_ms(entry, {"time": None}) is None


# ---- time windows and the cap --------------------------------------------------------------------
def test_a_full_window_is_bisected_until_every_part_is_under_the_cap() -> None:
    entry = capped(5, max_span=10)  # 10 seconds at most per window
    records = _records(list(range(0, 30_000, 700)))
    server = FakeServer(records, entry)
    got = list(iter_records(server, entry, 0, 29_999))
    assert sorted(r["id"] for r in got) == sorted(r["id"] for r in records)
    assert all(call["limit"] == 5 for call in server.calls)
    assert len(server.calls) > 3  # the three 10-second windows were each cut


def test_records_exactly_on_window_boundaries_come_once() -> None:
    entry = capped(3, max_span=1)  # one-second windows: 0..998, 999..1997, ...
    boundaries = [w.end for w in plan(0, 5_000, "ms", 1)] + [w.start for w in plan(0, 5_000, "ms", 1)]
    records = _records(sorted(set(boundaries)))
    got = list(iter_records(FakeServer(records, entry), entry, 0, 5_000))
    assert Counter(r["id"] for r in got) == Counter(r["id"] for r in records)


def test_more_records_in_one_unit_than_the_cap_are_reported_as_truncated() -> None:
    entry = capped(2, unit="s")
    records = _records([5_000, 5_100, 5_200, 9_000])  # three in second 5, over a cap of 2
    pager = Pager(entry, plan_windows(entry, 0, 9_999))
    done = list(paginate(FakeServer(records, entry), pager))
    assert pager.truncated == [Window(5, 5)]
    assert [c.truncated for c in done if c.window == Window(5, 5)] == [True]
    assert {r["id"] for c in done for r in c.records} >= {"r3"}


def test_seconds_windows_are_sent_in_seconds() -> None:
    entry = capped(100, unit="s", max_span=86_400)
    server = FakeServer(_records([1_000, 2 * DAY_MS]), entry)
    got = list(iter_records(server, entry, 0, 3 * DAY_MS - 1))
    assert len(got) == 2
    assert server.calls[0]["startTime"] == 0 and server.calls[0]["endTime"] < 86_400


def test_exclusive_bounds_still_return_boundary_records() -> None:
    entry = capped(100, bounds="exclusive")
    records = _records([5, 10, 20])
    assert len(list(iter_records(FakeServer(records, entry), entry, 5, 20))) == 3


def test_completed_windows_can_be_skipped_when_resuming() -> None:
    entry = capped(100, max_span=10)
    records = _records(list(range(0, 30_000, 1_000)))
    first = Pager(entry, plan_windows(entry, 0, 29_999))
    done = list(paginate(FakeServer(records, entry), first))
    covered = [c.span_ms("ms") for c in done[:2]]
    rest = Pager(entry, plan_windows(entry, 0, 29_999, [c for c in covered if c is not None]))
    again = list(paginate(FakeServer(records, entry), rest))
    assert len(again) == len(done) - 2
    ids = [r["id"] for c in done[:2] + again for r in c.records]
    assert sorted(ids) == sorted(r["id"] for r in records)


# ---- pages, cursors, capped lists -----------------------------------------------------------------
def paged(page: PageParams) -> Pagination:
    """An operation paged by number inside time windows, like the spot-futures transfer list."""
    return Pagination(
        "fake_pages",
        "page",
        records="/list",
        id=("id",),
        time=TimeFilter("startTime", "endTime", "ms"),
        page=page,
    )


def test_page_mode_reads_pages_until_a_short_one() -> None:
    entry = paged(PageParams("currentPage", "sizePage", 10))
    records = _records(list(range(25)))
    server = FakeServer(records, entry)
    got = list(iter_records(server, entry, 0, 100))
    assert len(got) == 25 and [c["currentPage"] for c in server.calls] == [1, 2, 3]


def test_page_mode_splits_the_window_when_pages_run_out() -> None:
    entry = paged(PageParams("page", "limit", 2, max_page=2))
    records = _records(list(range(0, 50, 5)))
    got = list(iter_records(FakeServer(records, entry), entry, 0, 49))
    assert sorted(r["id"] for r in got) == sorted(r["id"] for r in records)


def test_a_server_that_ignores_the_page_number_cannot_loop_forever() -> None:
    entry = Pagination(
        "stuck", "page", id=("id",), time=TimeFilter("a", "b", "s"), page=PageParams("p", "n", 2)
    )
    pager = Pager(entry, plan_windows(entry, 0, 3_999))
    done = list(paginate(lambda params: [{"id": "x"}, {"id": "y"}], pager))
    assert [c.truncated for c in done] == [True] * 4 and pager.requests < 20
    assert [r["id"] for c in done for r in c.records] == ["x", "y"]


def test_positional_rows_are_kept_and_keyed_by_position() -> None:
    entry = Pagination("klines", "none", id=("0",))
    rows = records_of(entry, [["1700000000", "1.0"], ["1700000060", "1.1"], "odd"])
    assert rows[0] == ["1700000000", "1.0"] and record_key(entry, rows[1]) == "1700000060"


def test_cursor_mode_follows_the_last_id() -> None:
    entry = Pagination(
        "fake_cursor", "cursor", id=("id",), limit=RowLimit(3, "limit"), cursor=CursorParams("after", "id")
    )
    records = _records(list(range(10)))
    server = FakeServer(records, entry)
    got = list(iter_records(server, entry, 0, 100))
    assert sorted(r["id"] for r in got) == sorted(r["id"] for r in records)
    assert "after" not in server.calls[0] and server.calls[1]["after"] == "r7"  # newest first: r9 r8 r7
    assert len(server.calls) == 4


def test_a_capped_list_without_paging_says_it_may_be_incomplete() -> None:
    entry = Pagination("fake_latest", "none", id=("id",), limit=RowLimit(3, "N"))
    pager = Pager(entry, plan_windows(entry, 0, 10))
    done = list(paginate(FakeServer(_records(list(range(5))), entry), pager))
    assert len(done) == 1 and done[0].truncated and len(done[0].records) == 3
    short = Pager(entry, [None])
    assert not next(iter(paginate(FakeServer(_records([1]), entry), short))).truncated


def test_receive_refuses_an_answer_to_another_query() -> None:
    entry = capped(5)
    pager = Pager(entry, [Window(0, 10), Window(11, 20)])
    pager.next_query()
    with pytest.raises(ValueError, match="answer the query"):
        pager.receive(pager.next_query()._replace(window=Window(11, 20)), [])  # type: ignore[union-attr]


def test_entries_that_cannot_page_are_refused_and_odd_answers_hold_no_records() -> None:
    with pytest.raises(ValueError, match="page mode without page parameters"):
        Pager(Pagination("p", "page"), [None])
    with pytest.raises(ValueError, match="cursor mode without a cursor"):
        Pager(Pagination("c", "cursor", limit=RowLimit(5)), [None])
    listed = Pagination("l", "none", records="/list")
    assert records_of(listed, {"other": []}) == [] and records_of(listed, {"list": "no"}) == []
    assert record_time_ms(Pagination("n", "none"), {"t": 1}) is None
    assert record_time_ms(capped(1), {"t": "soon"}) is None


def test_a_cursor_that_does_not_move_ends_the_window() -> None:
    entry = Pagination("stuck", "cursor", id=("id",), limit=RowLimit(2), cursor=CursorParams("after", "id"))
    pager = Pager(entry, [None])
    done = list(paginate(lambda params: [{"id": "a"}, {"id": "b"}], pager))
    assert [c.truncated for c in done] == [True] and pager.done and pager.requests == 2


def test_the_async_record_iterator_gives_each_record_once() -> None:
    entry = capped(3, max_span=10)
    records = _records(list(range(0, 20_000, 900)))
    server = FakeServer(records, entry)

    async def fetch(params: dict[str, Any]) -> Any:
        return server(params)

    async def collect() -> list[str]:
        return [record["id"] async for record in aiter_records(fetch, entry, 0, 19_999)]

    assert sorted(asyncio.run(collect())) == sorted(r["id"] for r in records)


def test_an_abandoned_window_is_never_completed_and_the_next_one_is_read() -> None:
    entry = paged(PageParams("currentPage", "sizePage", 2))
    records = _records(list(range(0, 30, 3)))
    server = FakeServer(records, entry)
    pager = Pager(entry, [Window(0, 9), Window(10, 19), Window(20, 29)])
    done: list[Completed] = []
    while (query := pager.next_query()) is not None:
        if query.window == Window(10, 19) and query.page == 2:
            assert pager.abandon() == Window(10, 19)  # its second page could not be taken
            continue
        completed = pager.receive(query, server(query.params))
        done += [completed] if completed is not None else []
    assert [c.window for c in done] == [Window(0, 9), Window(20, 29)]
    assert sorted(r["t"] for c in done for r in c.records) == [0, 3, 6, 9, 21, 24, 27]
    with pytest.raises(ValueError, match="being fetched"):
        pager.abandon()


def test_the_async_driver_sees_the_same_windows() -> None:
    entry = capped(4, max_span=5)
    records = _records(list(range(0, 20_000, 300)))
    sync_pager = Pager(entry, plan_windows(entry, 0, 19_999))
    sync_done = list(paginate(FakeServer(records, entry), sync_pager))

    async def run() -> list[Completed]:
        server = FakeServer(records, entry)

        async def fetch(params: dict[str, Any]) -> Any:
            await asyncio.sleep(0)
            return server(params)

        pager = Pager(entry, plan_windows(entry, 0, 19_999))
        return [done async for done in apaginate(fetch, pager)]

    assert asyncio.run(run()) == sync_done


# ---- properties ------------------------------------------------------------------------------------
@st.composite
def histories(draw: st.DrawFn) -> tuple[list[dict[str, Any]], int, int | None, str]:
    cap = draw(st.integers(min_value=1, max_value=12))
    unit = draw(st.sampled_from(["ms", "s"]))
    size = 1000 if unit == "s" else 1
    # Fewer records per unit than the cap: otherwise no window, however small, holds them all.
    per_unit = st.integers(min_value=0, max_value=200)
    units = draw(st.lists(per_unit, min_size=0, max_size=120))
    counts = Counter(units)
    units = [u for u in units if counts[u] < cap]
    times = [u * size + draw(st.integers(min_value=0, max_value=size - 1)) for u in units]
    max_span = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=90)))
    return _records(times), cap, max_span, unit


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories(), st.sampled_from(["newest", "shuffled"]))
def test_every_record_comes_exactly_once(
    history: tuple[list[dict[str, Any]], int, int | None, str], order: str
) -> None:
    records, cap, max_span, unit = history
    entry = capped(cap, unit=unit, max_span=max_span)
    server = FakeServer(records, entry, order)
    pager = Pager(entry, plan_windows(entry, 0, 200_999))
    got = [r["id"] for done in paginate(server, pager) for r in done.records]
    assert Counter(got) == Counter(r["id"] for r in records)
    assert pager.truncated == []


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=500), max_size=80),
    st.integers(min_value=1, max_value=15),
    st.one_of(st.none(), st.integers(min_value=1, max_value=6)),
)
def test_pages_return_every_record_exactly_once(times: list[int], size: int, max_page: int | None) -> None:
    entry = paged(PageParams("page", "size", size, max_page=max_page))
    counts = Counter(times)
    # What one millisecond holds must fit in the pages BitMart allows, or nothing could reach it.
    limit = size * (max_page or 10**6)
    records = _records([t for t in times if counts[t] <= limit])
    pager = Pager(entry, plan_windows(entry, 0, 500))
    got = [r["id"] for done in paginate(FakeServer(records, entry), pager) for r in done.records]
    assert Counter(got) == Counter(r["id"] for r in records)
