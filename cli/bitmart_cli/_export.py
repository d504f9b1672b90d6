"""The export: every stream of ``_streams`` paged into the export file, concurrently and resumably.

Why asyncio rather than threads: one thread owns the SQLite connection, so each window's rows and
its checkpoint commit in one transaction without locks; Ctrl-C cancels the tasks where they
wait, so no window is ever half written; and the runtime's rate limiter and retry loop already
drive async requests. Operations whose limits are independent run side by side (one task per
stream and partition); within one operation the shared ``RateLimiter`` of the client paces the
tasks, and at most ``count`` of them (the documented requests per window) wait on it at once.

Resuming needs no state beyond the checkpoints: a run fetches ``[since, until]`` minus the
*final* windows already recorded. A window ending within ``settle_ms`` of a run's ``until`` is
recorded but not final (recent records may still change, a withdrawal may still complete), so
the next run reads it again and updates its rows in place.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from bitmart_client import AuthenticatedClient
from bitmart_client.operations import OPERATIONS
from bitmart_client.pagination import PAGINATION
from bitmart_openapi.history import OnDrift, fetcher
from bitmart_runtime import (
    BitMartAPIError,
    BitMartError,
    DriftError,
    NotFoundError,
    PermissionDeniedError,
)
from bitmart_runtime.paging import AsyncFetch, Completed, Pager, Pagination, Window, plan_windows, window_ms

from . import _balances
from ._streams import AFFILIATE_CURRENCIES, EARLIEST_MS, STREAMS, STREAMS_BY_NAME, Stream
from ._tables import TABLES_BY_NAME
from .store import Store, iso

DAY_MS = 86_400_000
_UNAVAILABLE = (PermissionDeniedError, NotFoundError)
_PARTITION_NAMES = {
    "futures_symbols": "futures contract",
    "margin_symbols": "isolated margin pair",
    "sub_accounts": "sub-account",
}


FetchFactory = Callable[[AuthenticatedClient, Pagination, OnDrift | None], AsyncFetch]


class Progress(Protocol):
    """What the export reports while it runs (a rich progress bar, log lines, or nothing)."""

    def planned(self, table: str, windows: int) -> None:
        """``windows`` more windows to fetch for ``table``."""

    def advanced(self, table: str, records: int) -> None:
        """One window of ``table`` is in, with ``records`` records."""

    def note(self, text: str) -> None:
        """Something the user should know (a stream unavailable, failed)."""


class NoProgress:
    """Reports nothing."""

    def planned(self, table: str, windows: int) -> None:
        """Nothing."""

    def advanced(self, table: str, records: int) -> None:
        """Nothing."""

    def note(self, text: str) -> None:
        """Nothing."""


@dataclass
class Outcome:
    """How one stream partition ended in this run."""

    stream: str
    part: str
    table: str
    status: str
    """``done``, ``capped`` (BitMart keeps only the newest rows), ``unavailable`` or ``failed``."""
    detail: str = ""
    windows: int = 0
    records: int = 0
    drifted: int = 0
    """Answers that departed from the document (kept as sent)."""
    skipped: list[str] = field(default_factory=list)
    """Windows given up because an answer held a record without its identifier."""


@dataclass
class Summary:
    """What a run did."""

    run_id: int
    until_ms: int
    outcomes: list[Outcome] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Whether no stream failed (unavailable ones are not failures)."""
        return all(outcome.status != "failed" for outcome in self.outcomes)


class Exporter:
    """One run of the export into ``store``."""

    def __init__(
        self,
        store: Store,
        client: AuthenticatedClient,
        *,
        until_ms: int,
        base_url: str,
        since_ms: int | None = None,
        progress: Progress | None = None,
        settle_ms: int = DAY_MS,
        streams: Sequence[Stream] = STREAMS,
        fetch_factory: FetchFactory = fetcher,
    ) -> None:
        """Prepare a run covering ``since_ms`` (default: as far back as BitMart keeps) to ``until_ms``.

        ``fetch_factory`` builds the call of each operation (tests wrap it to inject failures);
        it is given the function to tell of answers that depart from the document.
        """
        self.store = store
        self.client = client
        self.until_ms = until_ms
        self.since_ms = since_ms
        self.base_url = base_url
        self.progress = progress or NoProgress()
        self.settle_ms = settle_ms
        self.streams = list(streams)
        self.fetch_factory = fetch_factory
        self._gates = {
            name: asyncio.Semaphore(max(1, op.rate_limit.requests)) for name, op in OPERATIONS.items()
        }
        self._finished: dict[str, asyncio.Event] = {}
        self._unnamed = ""
        """Why some sub-accounts cannot be read (listed without a name), if so."""
        self.summary = Summary(0, until_ms)

    async def run(self) -> Summary:
        """Snapshot the balances, export every stream, record the outcome; returns the summary.

        Authentication and network failures of the first calls propagate (nothing can be done);
        later failures are recorded per stream, and the run goes on with the others.
        """
        await self._check_signature()
        try:
            subs = await _balances.sub_accounts(self.client)
        except _balances.UnnamedSubAccountsError as error:
            subs, self._unnamed = error.names, str(error)
        run_id = self.store.start_run(self.since_ms, self.until_ms, self.base_url)
        self.summary = Summary(run_id, self.until_ms)
        eligible = [
            s for s in self.streams if s.account == "any" or (s.account == "main") == (subs is not None)
        ]
        self._finished = {stream.name: asyncio.Event() for stream in eligible}
        try:
            await asyncio.gather(
                self._snapshot(subs), *(self._stream(stream, subs or []) for stream in eligible)
            )
        except BaseException:
            self.store.finish_run(run_id, "interrupted")
            raise
        self.store.finish_run(run_id, "complete" if self.summary.complete else "incomplete")
        return self.summary

    async def _snapshot(self, subs: list[str] | None) -> None:
        """Every balance, as of this run (the streams run meanwhile: the limits are independent)."""
        try:
            inventory = await _balances.collect(self.client, subs)
        except BitMartError as error:
            self._record(Outcome("balances", "", "balances", "failed", f"{type(error).__name__}: {error}"))
            return
        self.summary.notes.extend(inventory.notes)
        self.store.replace_balances(inventory.rows, self.until_ms, self.summary.run_id)
        if self._unnamed:
            self._record(Outcome("balances", "", "balances", "failed", f"incomplete: {self._unnamed}"))

    async def _check_signature(self) -> None:
        """One signed read first: a wrong secret fails here, not as a list of failed streams."""
        entry = PAGINATION["get_spot_open_orders"]
        window = {"startTime": max(self.until_ms - DAY_MS, 0), "endTime": self.until_ms, "limit": 1}
        # A key without spot rights still signs right; a record without its id is the stream's failure.
        with contextlib.suppress(PermissionDeniedError, DriftError):
            await self.fetch_factory(self.client, entry, None)(window)

    # ---- one stream ------------------------------------------------------------------------------
    async def _stream(self, stream: Stream, subs: list[str]) -> None:
        try:
            try:
                parts = await self._partitions(stream, subs)
            except BitMartError as error:
                self._record(Outcome(stream.name, "", stream.table, *_classify(stream, error)))
                return
            unreadable = self._unnamed if stream.partition == "sub_accounts" else ""
            if unreadable:
                self._record(Outcome(stream.name, "", stream.table, "failed", unreadable))
            late = self._late_partitions(stream, set(parts))
            counts = await asyncio.gather(late, *(self._part(stream, part) for part in parts))
            if not parts and counts[0] == 0 and not unreadable:
                what = _PARTITION_NAMES.get(str(stream.partition), "partition")
                detail = f"nothing to read: the account has no {what}"
                self._record(Outcome(stream.name, "", stream.table, "done", detail))
        finally:
            self._finished[stream.name].set()

    async def _partitions(self, stream: Stream, subs: list[str]) -> list[str]:
        """The values of the stream's partition parameter that BitMart lists now (``[""]`` without one)."""
        if stream.partition is None:
            return [""]
        if stream.partition == "sub_accounts":
            return subs
        if stream.partition == "affiliate_currencies":
            return list(AFFILIATE_CURRENCIES)
        listing = "get_futures_contracts" if stream.partition == "futures_symbols" else "get_margin_accounts"
        rows = await _balances.read_all(self.client, listing)
        return sorted({str(row.get("symbol")) for row in rows if isinstance(row, dict)} - {"", "None"})

    async def _late_partitions(self, stream: Stream, known: set[str]) -> int:
        """Run the partitions only other streams reveal (delisted contracts, closed margin pairs).

        They start once those streams are done; returns how many there were.
        """
        if not stream.after:
            return 0
        for name in stream.after:
            if name in self._finished:
                await self._finished[name].wait()
        seen = {
            value
            for name in stream.after
            for value in self.store.distinct(STREAMS_BY_NAME[name].table, "symbol")
        }
        extra = sorted(seen - known)
        await asyncio.gather(*(self._part(stream, part) for part in extra))
        return len(extra)

    def _since(self, entry: Pagination) -> int:
        if self.since_ms is not None:
            return self.since_ms
        if entry.retention_days is not None:
            return max(self.until_ms - entry.retention_days * DAY_MS, 0)
        return EARLIEST_MS

    async def _part(self, stream: Stream, part: str) -> None:
        entry = PAGINATION[stream.operation]
        params = dict(stream.params)
        if stream.partition_param is not None:
            params[stream.partition_param] = part
        since = self._since(entry)
        windows = [None] if stream.snapshot else self._windows(stream, part, entry, since)
        outcome = Outcome(stream.name, part, stream.table, "done")
        self.progress.planned(stream.table, len(windows))
        pager = Pager(entry, windows, params)
        try:
            async for done in _read(self._gated(entry, outcome), pager, entry, outcome):
                span = done.span_ms(entry.time.unit if entry.time else None) or (since, self.until_ms)
                final = done.window is not None and span[1] <= self._settled_ms
                self._save(stream, part, done.records, span, done.truncated, final)
                if outcome.windows >= len(windows):  # a full window read in parts: the bar grows
                    self.progress.planned(stream.table, 1)
                outcome.windows += 1
                outcome.records += len(done.records)
                self.progress.advanced(stream.table, len(done.records))
        except BitMartError as error:
            outcome.status, outcome.detail = _classify(stream, error)
        _conclude(outcome, entry, pager)
        self._record(outcome)

    @property
    def _settled_ms(self) -> int:
        """The last millisecond of what is settled: a whole second, ``settle_ms`` before ``until``."""
        return (self.until_ms - self.settle_ms) // 1000 * 1000 - 1

    def _windows(self, stream: Stream, part: str, entry: Pagination, since: int) -> list[Window | None]:
        """What is left to read, the settled past and the recent rest planned apart.

        So the past becomes final even for an operation without a maximum span (one long window).
        """
        covered = self.store.covered(stream.name, part)
        cut = self._settled_ms
        if entry.time is None or since > cut:
            return plan_windows(entry, since, self.until_ms, covered)
        return plan_windows(entry, since, cut, covered) + plan_windows(entry, cut + 1, self.until_ms, covered)

    def _gated(self, entry: Pagination, outcome: Outcome) -> AsyncFetch:
        def drifted(operation: str, drift: object) -> None:
            outcome.drifted += 1

        fetch, gate = self.fetch_factory(self.client, entry, drifted), self._gates[entry.operation_id]

        async def gated(params: dict[str, Any]) -> Any:
            async with gate:
                return await fetch(params)

        return gated

    def _save(
        self,
        stream: Stream,
        part: str,
        records: list[Any],
        span: tuple[int, int],
        truncated: bool,
        final: bool,
    ) -> None:
        table = TABLES_BY_NAME[stream.table]
        rows = self.store.rows(
            table,
            records,
            stream=stream.name,
            part=part,
            run_id=self.summary.run_id,
            constants=stream.constants,
        )
        self.store.save_window(
            table,
            rows,
            stream=stream.name,
            part=part,
            span_ms=(span[0], min(span[1], max(self.until_ms, span[0]))),
            truncated=truncated,
            final=final,
            run_id=self.summary.run_id,
        )

    def _record(self, outcome: Outcome) -> None:
        self.summary.outcomes.append(outcome)
        self.store.set_status(
            outcome.stream, outcome.part, outcome.table, outcome.status, outcome.detail, self.summary.run_id
        )
        if outcome.status in ("failed", "unavailable"):
            where = f"{outcome.stream}" + (f" [{outcome.part}]" if outcome.part else "")
            self.progress.note(f"{where}: {outcome.status}: {outcome.detail}")


def _classify(stream: Stream, error: BitMartError) -> tuple[str, str]:
    """``unavailable`` for a refusal that says the key has no such records, else ``failed``."""
    detail = str(error)
    if isinstance(error, BitMartAPIError):
        detail = f"{error.code}: {error.message}" if error.code is not None else detail
        refused = isinstance(error, _UNAVAILABLE) or (stream.optional and not error.retryable)
        if refused:
            return "unavailable", f"not available to this key ({detail})"
    return "failed", f"{type(error).__name__}: {detail}; rerun to resume"


async def _read(
    fetch: AsyncFetch, pager: Pager, entry: Pagination, outcome: Outcome
) -> AsyncIterator[Completed]:
    """Drive ``pager`` as ``apaginate`` does, but give up a window whose answer cannot be stored.

    That is an answer with a record without its identifier (``DriftError``): the window is named
    in ``outcome.skipped`` and the other windows are still read; a later run reads it again (it
    has no checkpoint). Any other failure ends the partition.
    """
    while (query := pager.next_query()) is not None:
        try:
            data = await fetch(query.params)
        except DriftError as error:
            window = pager.abandon()
            outcome.skipped.append(f"{_span_text(entry, window)}: {error}")
            continue
        completed = pager.receive(query, data)
        if completed is not None:
            yield completed


def _span_text(entry: Pagination, window: Window | None) -> str:
    if window is None or entry.time is None:
        return "the whole list"
    start, end = window_ms(window, entry.time.unit)
    return f"window {iso(start)} to {iso(end)}"


def _conclude(outcome: Outcome, entry: Pagination, pager: Pager) -> None:
    """The partition's status and detail, once its windows are read (or it failed)."""
    details = [outcome.detail] if outcome.detail else []
    if outcome.skipped:
        if outcome.status != "failed":
            outcome.status = "failed"
            details.append("rerun to read the windows given up again")
        shown = "; ".join(outcome.skipped[:3]) + (
            f" (+{len(outcome.skipped) - 3} more)" if len(outcome.skipped) > 3 else ""
        )
        details.insert(0, f"{len(outcome.skipped)} window(s) given up, a record without its id: {shown}")
    if outcome.status == "done" and pager.truncated:
        outcome.status = "capped"
        details.append(_capped_detail(entry, len(pager.truncated)))
    if outcome.drifted:
        details.append(f"{outcome.drifted} answer(s) differed from the document, kept as sent")
    outcome.detail = "; ".join(details)


def _capped_detail(entry: Pagination, count: int) -> str:
    if entry.time is None:
        limit = entry.limit.max if entry.limit is not None else "?"
        return f"BitMart lists only the newest {limit} records; older ones are out of reach"
    return f"{count} window(s) of one time unit hold more records than BitMart returns at once"


def run_export(exporter: Exporter) -> Summary:
    """Run ``exporter`` to the end in a fresh event loop (Ctrl-C cancels it cleanly)."""
    return asyncio.run(_closing(exporter))


async def _closing(exporter: Exporter) -> Summary:
    try:
        return await exporter.run()
    finally:
        await exporter.client.get_async_httpx_client().aclose()


__all__ = ["DAY_MS", "Exporter", "FetchFactory", "NoProgress", "Outcome", "Progress", "Summary", "run_export"]
