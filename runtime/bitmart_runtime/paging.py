"""Every record of a BitMart history or list operation, however BitMart pages it.

Each list operation of the OpenAPI document carries ``x-bitmart-pagination``, which the generate
step turns into ``bitmart_client.pagination.PAGINATION`` (entries of :class:`Pagination`). This
module reads such an entry and fetches everything between two times:

* ``time_window``: BitMart returns at most ``limit.max`` rows of a time window and offers no
  cursor. The range is cut into windows no longer than ``time.max_span``; a window that comes
  back full is cut in two (bisected) until each part is under the cap.
* ``page``: page numbers and a page size, inside each window when there is a time filter.
* ``cursor``: the id of the last record of a page asks for the next page.
* ``none``: one request; with a ``limit`` only the newest ``limit.max`` rows exist.

Nothing is missed (windows are closed intervals that meet without gap) and nothing is counted
twice (records are deduplicated by their id). The decisions are a sans-IO :class:`Pager`:
``next_query()`` says what to send, ``receive()`` takes BitMart's ``data`` and returns a
:class:`Completed` window when one is done. :func:`paginate` and :func:`apaginate` drive it
with a sync or async ``fetch(params) -> data``; pacing and retries are the client's (its
``RateLimiter`` and retry policy), so a ``fetch`` made from a ``connect()`` client stays inside
the documented limits. This module does not import ``bitmart_client``: callers pass the entry
and a function calling the operation.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any, Literal, NamedTuple

from . import jsonpointer
from ._windows import Bounds, TimeUnit, Window, plan, to_unit, uncovered, window_ms, wire_bounds

Mode = Literal["time_window", "page", "cursor", "none"]
Record = Any
"""A record as BitMart sent it: usually a ``dict``, a list for positional rows."""


class TimeFilter(NamedTuple):
    """The operation's time filter: parameter names, unit and the longest window allowed."""

    start: str
    end: str
    unit: TimeUnit
    bounds: Bounds = "inclusive"
    max_span: int | None = None
    """Longest ``end - start`` BitMart accepts, in seconds; ``None`` when none is documented."""
    default_span: int | None = None
    """How far back BitMart searches when no start is sent, in seconds (for information)."""
    required: bool = False


class RowLimit(NamedTuple):
    """At most ``max`` rows per request; ``param`` chooses the count (``None``: a fixed cap)."""

    max: int
    param: str | None = None
    min: int = 1


class PageParams(NamedTuple):
    """Page-number paging: ``page`` counts from ``first``, ``size`` rows per page."""

    page: str
    size: str
    max_size: int
    first: int = 1
    min_size: int = 1
    max_page: int | None = None


class CursorParams(NamedTuple):
    """Id paging: the ``field`` of a page's last record, sent as ``param``, asks for the next page."""

    param: str
    field: str


class Pagination(NamedTuple):
    """How one operation pages (``x-bitmart-pagination``), plus what it takes to call it."""

    operation_id: str
    mode: Mode
    records: str = ""
    """JSON pointer, inside ``data``, to the list of records (``""``: ``data`` is the list)."""
    group_key: str | None = None
    """When ``records`` is an object of lists: the field its keys are copied to in each record."""
    id: tuple[str, ...] = ()
    """Fields that identify a record; empty when BitMart gives records no id."""
    time_field: str | None = None
    time_field_unit: TimeUnit | None = None
    time: TimeFilter | None = None
    limit: RowLimit | None = None
    page: PageParams | None = None
    cursor: CursorParams | None = None
    retention_days: int | None = None
    """How far back BitMart keeps these records, when documented."""
    location: Literal["query", "body"] = "query"
    arguments: Mapping[str, str] = {}
    """Wire name to Python argument name of the generated function, for query parameters."""
    module: str = ""
    """The generated module of the operation, e.g. ``bitmart_client.api.margin.get_margin_borrow_records``."""


class Query(NamedTuple):
    """One request to send: the operation's parameters (wire names) and where it stands."""

    params: dict[str, Any]
    window: Window | None
    page: int | None = None


class Completed(NamedTuple):
    """A window whose records are all in."""

    window: Window | None
    """``None`` for an operation without a time filter."""
    records: list[Record]
    """The records of the window not returned before (deduplicated by id)."""
    truncated: bool = False
    """BitMart's cap was reached on a window that cannot be cut further: records may be missing."""

    def span_ms(self, unit: TimeUnit | None) -> tuple[int, int] | None:
        """The milliseconds the window covers, or ``None`` without a window."""
        return None if self.window is None or unit is None else window_ms(self.window, unit)


def records_of(entry: Pagination, data: Any) -> list[Record]:
    """The records in one answer's ``data``, as the entry describes them (a bad shape is empty)."""
    try:
        found = jsonpointer.resolve(data, entry.records) if entry.records else data
    except KeyError:
        return []
    if entry.group_key is not None and isinstance(found, Mapping):
        return [
            {entry.group_key: key, **item}
            for key, items in found.items()
            if isinstance(items, list)
            for item in items
            if isinstance(item, Mapping)
        ]
    if not isinstance(found, list):
        return []
    # Positional rows (K-lines, book levels) and plain values are kept as they are.
    return [dict(item) if isinstance(item, Mapping) else item for item in found]


def record_key(entry: Pagination, record: Any, occurrence: int = 0) -> str:
    """A stable identity for ``record``: its id fields, or (without ids) its content and occurrence.

    Records without an id (or whose id fields are all empty) that are equal in every field, such
    as two identical transfers in the same second, are told apart by ``occurrence``, their rank
    among equals in the same window.
    """
    identity = _identity(entry, record)
    if identity is not None:
        return identity
    content = json.dumps(record, sort_keys=True, separators=(",", ":"), default=str)
    return f"{content}#{occurrence}"


def _identity(entry: Pagination, record: Any) -> str | None:
    values = ["" if value is None else str(value) for value in (_field(record, name) for name in entry.id)]
    return "|".join(values) if any(values) else None


def _field(record: Any, name: str) -> Any:
    """A record's field: by name, or by position for positional rows (``"0"`` is the first item)."""
    if isinstance(record, Mapping):
        return record.get(name)
    if isinstance(record, list | tuple) and name.isdigit() and int(name) < len(record):
        return record[int(name)]
    return None


def plan_windows(
    entry: Pagination, start_ms: int, end_ms: int, covered: Iterable[tuple[int, int]] = ()
) -> list[Window | None]:
    """The windows to fetch for ``[start_ms, end_ms]``, minus the ``covered`` ones (milliseconds).

    An operation without a time filter has one window, ``None`` (nothing when all is covered).
    """
    if entry.time is None:
        return [None] if uncovered(start_ms, end_ms, covered) else []
    return list(plan(start_ms, end_ms, entry.time.unit, entry.time.max_span, covered))


class _Current:
    """The window being fetched: its page or cursor, and what its pages returned so far."""

    def __init__(self, window: Window | None, first_page: int | None) -> None:
        self.window = window
        self.page = first_page
        self.cursor: Any = None
        self.records: list[Record] = []
        self.keys: set[str] = set()
        """Identities of the records of this window so far, to notice a page that repeats."""


class Pager:
    """The sans-IO paging loop of one operation over a list of windows.

    Call :meth:`next_query` for the next request (``None`` once every window is done) and pass
    BitMart's ``data`` for it to :meth:`receive`, which returns the window it completes, if any.
    Only one request is outstanding at a time.
    """

    def __init__(
        self,
        entry: Pagination,
        windows: Iterable[Window | None],
        params: Mapping[str, Any] | None = None,
        seen: set[str] | None = None,
    ) -> None:
        """Page through ``windows`` (oldest first) with ``params`` added to every request.

        ``seen`` holds the keys of records already returned (shared between pagers to
        deduplicate across them); a new set by default.
        """
        if entry.mode == "page" and entry.page is None:
            raise ValueError(f"{entry.operation_id}: page mode without page parameters")
        if entry.mode == "cursor" and (entry.cursor is None or entry.limit is None):
            raise ValueError(f"{entry.operation_id}: cursor mode without a cursor and a limit")
        self.entry = entry
        self.params = dict(params or {})
        self.seen = set() if seen is None else seen
        self.requests = 0
        self.truncated: list[Window | None] = []
        self._pending = list(windows)[::-1]  # a stack: the oldest window on top
        self._current: _Current | None = None

    @property
    def done(self) -> bool:
        """Whether every window has been completed."""
        return self._current is None and not self._pending

    def next_query(self) -> Query | None:
        """The next request to send, or ``None`` when nothing is left."""
        if self._current is None:
            if not self._pending:
                return None
            first_page = self.entry.page.first if self.entry.page is not None else None
            self._current = _Current(self._pending.pop(), first_page)
        current = self._current
        return Query(self._params_for(current), current.window, current.page)

    def _params_for(self, current: _Current) -> dict[str, Any]:
        entry, params = self.entry, dict(self.params)
        if entry.time is not None and current.window is not None:
            start, end = wire_bounds(current.window, entry.time.bounds)
            params[entry.time.start], params[entry.time.end] = start, end
        if entry.limit is not None and entry.limit.param is not None:
            params[entry.limit.param] = entry.limit.max
        if entry.page is not None and current.page is not None:
            params[entry.page.page] = current.page
            params[entry.page.size] = entry.page.max_size
        if entry.cursor is not None and current.cursor is not None:
            params[entry.cursor.param] = current.cursor
        return params

    def receive(self, query: Query, data: Any) -> Completed | None:
        """Take the answer to ``query``; return the window it completes, if it completes one."""
        current = self._current
        if current is None or query.window != current.window or query.page != current.page:
            raise ValueError("receive() must answer the query next_query() returned last")
        self.requests += 1
        rows = records_of(self.entry, data)
        keys = {record_key(self.entry, row) for row in rows}
        repeated = bool(keys) and keys <= current.keys
        current.keys |= keys
        current.records.extend(rows)
        mode = self.entry.mode
        if mode == "page":
            if repeated:  # the server ignores the page number: stop rather than loop forever
                return self._split_or_truncate(current)
            return self._after_page(current, len(rows))
        if mode == "cursor":
            return self._after_cursor(current, rows)
        return self._after_capped(current, len(rows))

    def abandon(self) -> Window | None:
        """Give up the window being fetched and return it (``None`` without a time filter).

        For an answer that cannot be taken (a record without its id): the window's records so
        far are dropped and it is never completed, so no checkpoint says it was read and a later
        run reads it again; the next query starts the next window.
        """
        current = self._current
        if current is None:
            raise ValueError("abandon() needs a window being fetched (after next_query())")
        self._current = None
        return current.window

    def _after_capped(self, current: _Current, count: int) -> Completed | None:
        cap = self.entry.limit.max if self.entry.limit is not None else None
        if cap is None or count < cap:
            return self._complete(current)
        return self._split_or_truncate(current)

    def _after_page(self, current: _Current, count: int) -> Completed | None:
        paging = self.entry.page
        assert paging is not None and current.page is not None
        if count < paging.max_size:
            return self._complete(current)
        if paging.max_page is not None and current.page >= paging.max_page:
            return self._split_or_truncate(current)
        current.page += 1
        return None

    def _after_cursor(self, current: _Current, rows: list[Record]) -> Completed | None:
        cursor, limit = self.entry.cursor, self.entry.limit
        assert cursor is not None and limit is not None
        if len(rows) < limit.max:
            return self._complete(current)
        following = _field(rows[-1], cursor.field)
        if following is None or following == current.cursor:
            return self._split_or_truncate(current)
        current.cursor = following
        return None

    def _split_or_truncate(self, current: _Current) -> Completed | None:
        """A full answer: cut the window in two, or, at one unit already, give what came back."""
        window = current.window
        if window is not None and window.splittable:
            older, newer = window.halves()
            self._pending.extend([newer, older])
            self._current = None
            return None
        self.truncated.append(window)
        return self._complete(current, truncated=True)

    def _complete(self, current: _Current, truncated: bool = False) -> Completed:
        self._current = None
        fresh: list[Record] = []
        occurrences: dict[str, int] = {}
        for record in current.records:
            key = _identity(self.entry, record)
            if key is None:
                base = record_key(self.entry, record)
                rank = occurrences.get(base, 0)
                occurrences[base] = rank + 1
                key = record_key(self.entry, record, rank)
            if key not in self.seen:
                self.seen.add(key)
                fresh.append(record)
        return Completed(current.window, fresh, truncated)


Fetch = Callable[[dict[str, Any]], Any]
AsyncFetch = Callable[[dict[str, Any]], Awaitable[Any]]


def paginate(fetch: Fetch, pager: Pager) -> Iterator[Completed]:
    """Drive ``pager`` with ``fetch(params) -> data``; yield each window once its records are in."""
    while (query := pager.next_query()) is not None:
        completed = pager.receive(query, fetch(query.params))
        if completed is not None:
            yield completed


async def apaginate(fetch: AsyncFetch, pager: Pager) -> AsyncIterator[Completed]:
    """The asynchronous :func:`paginate`: ``await fetch(params)`` gives each ``data``."""
    while (query := pager.next_query()) is not None:
        completed = pager.receive(query, await fetch(query.params))
        if completed is not None:
            yield completed


def iter_records(
    fetch: Fetch, entry: Pagination, start_ms: int, end_ms: int, params: Mapping[str, Any] | None = None
) -> Iterator[Record]:
    """Every record of ``entry``'s operation between two times (milliseconds), each once."""
    pager = Pager(entry, plan_windows(entry, start_ms, end_ms), params)
    for completed in paginate(fetch, pager):
        yield from completed.records


async def aiter_records(
    fetch: AsyncFetch, entry: Pagination, start_ms: int, end_ms: int, params: Mapping[str, Any] | None = None
) -> AsyncIterator[Record]:
    """The asynchronous :func:`iter_records`."""
    pager = Pager(entry, plan_windows(entry, start_ms, end_ms), params)
    async for completed in apaginate(fetch, pager):
        for record in completed.records:
            yield record


def record_time_ms(entry: Pagination, record: Any) -> int | None:
    """The record's time in milliseconds, from ``time_field`` (numbers or numeric strings)."""
    if entry.time_field is None or entry.time_field_unit is None:
        return None
    value = _field(record, entry.time_field)
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number * 1000 if entry.time_field_unit == "s" else number


__all__ = [
    "AsyncFetch",
    "Completed",
    "CursorParams",
    "Fetch",
    "Mode",
    "PageParams",
    "Pager",
    "Pagination",
    "Query",
    "Record",
    "RowLimit",
    "TimeFilter",
    "Window",
    "aiter_records",
    "apaginate",
    "iter_records",
    "paginate",
    "plan_windows",
    "record_key",
    "record_time_ms",
    "records_of",
    "to_unit",
    "window_ms",
]
