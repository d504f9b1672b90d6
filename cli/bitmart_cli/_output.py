"""What the command shows: progress while it runs, then the report; and the CSV copy of the file.

On a terminal, a rich progress bar per table (windows done of those planned, records, an ETA);
otherwise plain log lines on standard error, at most one per table every few seconds.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn
from rich.table import Table as RichTable

from ._report import CurrencyReport, TableReport
from ._tables import TABLES
from .store import Store

_LOG_EVERY = 5.0


class BarProgress:
    """A rich progress bar per table; use as a context manager."""

    def __init__(self, console: Console) -> None:
        """Draw on ``console`` (standard error, a terminal)."""
        self._bars = Progress(
            TextColumn("{task.description:<30}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("windows  {task.fields[records]:>8} records"),
            TimeRemainingColumn(),
            console=console,
            transient=False,
        )
        self._tasks: dict[str, TaskID] = {}
        self._totals: dict[str, int] = {}
        self._records: dict[str, int] = {}

    def __enter__(self) -> BarProgress:
        self._bars.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._bars.stop()

    def _task(self, table: str) -> TaskID:
        if table not in self._tasks:
            self._tasks[table] = self._bars.add_task(table, total=0, records=0)
        return self._tasks[table]

    def planned(self, table: str, windows: int) -> None:
        """Grow the table's bar by ``windows``."""
        self._totals[table] = self._totals.get(table, 0) + windows
        self._bars.update(self._task(table), total=self._totals[table])

    def advanced(self, table: str, records: int) -> None:
        """One window done."""
        self._records[table] = self._records.get(table, 0) + records
        self._bars.update(self._task(table), advance=1, records=self._records[table])

    def note(self, text: str) -> None:
        """Print a line above the bars."""
        self._bars.console.print(text)


class LogProgress:
    """Plain log lines for a pipe or a file."""

    def __init__(self, console: Console) -> None:
        """Write to ``console`` (standard error)."""
        self._console = console
        self._state: dict[str, list[int]] = {}
        self._last: dict[str, float] = {}

    def __enter__(self) -> LogProgress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        for table, (planned, done, _) in self._state.items():
            if done != planned:
                self._line(table)

    def _line(self, table: str) -> None:
        planned, done, records = self._state[table]
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        self._console.print(f"{stamp} {table}: {done}/{planned} windows, {records} records", highlight=False)
        self._last[table] = time.monotonic()

    def planned(self, table: str, windows: int) -> None:
        """Count ``windows`` more to do."""
        self._state.setdefault(table, [0, 0, 0])[0] += windows

    def advanced(self, table: str, records: int) -> None:
        """One window done; log if this table has been quiet for a while or is finished."""
        state = self._state.setdefault(table, [0, 0, 0])
        state[1] += 1
        state[2] += records
        if state[1] >= state[0] or time.monotonic() - self._last.get(table, 0.0) >= _LOG_EVERY:
            self._line(table)

    def note(self, text: str) -> None:
        """Log a line."""
        self._console.print(text, highlight=False)


def completeness_table(reports: Iterable[TableReport]) -> RichTable:
    """The completeness report as a table."""
    table = RichTable(title="Completeness", title_justify="left")
    for name in ("table", "status", "records", "this run", "windows", "from", "to", "detail"):
        table.add_column(name, justify="right" if name in ("records", "this run", "windows") else "left")
    for report in reports:
        table.add_row(
            report.table,
            report.status,
            str(report.records),
            str(report.written),
            str(report.windows),
            report.first[:10],
            report.last[:10],
            report.detail,
        )
    return table


def reconciliation_table(reports: Iterable[CurrencyReport]) -> RichTable:
    """The reconciliation as a table."""
    table = RichTable(
        title="Balances against recorded flows",
        title_justify="left",
        caption="difference = balance - flows: holdings from before the oldest record BitMart keeps, "
        "or flows it does not list",
        caption_justify="left",
    )
    for name in ("currency", "balance", "recorded flows", "difference"):
        table.add_column(name, justify="left" if name == "currency" else "right")
    for report in reports:
        table.add_row(report.currency, f"{report.balance:f}", f"{report.flows:f}", f"{report.difference:f}")
    return table


def inventory_table(rows: Iterable[dict[str, Any]]) -> RichTable:
    """Every balance as one table."""
    table = RichTable(title="Balances", title_justify="left")
    columns = ("account", "wallet", "scope", "currency", "available", "frozen", "total", "usd_value")
    for name in columns:
        table.add_column(
            name, justify="right" if name in ("available", "frozen", "total", "usd_value") else "left"
        )
    for row in rows:
        table.add_row(*("" if row.get(name) is None else str(row[name]) for name in columns))
    return table


def write_csv(store: Store, folder: Path) -> list[Path]:
    """Every record table and the balances as ``folder/<table>.csv``; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in [table.name for table in TABLES] + ["balances"]:
        cursor = store.conn.execute(f"SELECT * FROM {name}")  # noqa: S608
        path = folder / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([column[0] for column in cursor.description])
            writer.writerows(cursor)
        written.append(path)
    return written


__all__ = [
    "BarProgress",
    "LogProgress",
    "completeness_table",
    "inventory_table",
    "reconciliation_table",
    "write_csv",
]
