"""The export file: an SQLite database that later commands (``withdraw-all``) extend.

``bitmart_schema`` holds one schema version per *component* (``export`` here); each component
brings its own migrations and applies them with :meth:`Store.migrate`, so another command adds
its tables beside these without touching them. Writes go through :meth:`Store.transaction`:
the records of a window and its checkpoint commit together or not at all, so an interrupted
export (Ctrl-C, a lost network, ``kill -9``) resumes from its last committed window.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from bitmart_openapi.history import to_json

from ._tables import TABLES, Column, Table

EXPORT = "export"


def iso(ms: int) -> str:
    """UTC ISO-8601 text of a Unix time in milliseconds, e.g. ``2026-01-01T00:00:00.000Z``."""
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _sql_type(column: Column) -> list[str]:
    if column.type in ("time_ms", "time_s"):
        return [f"{column.name} TEXT", f"{column.name}_ms INTEGER"]
    return [f"{column.name} {'INTEGER' if column.type == 'integer' else 'TEXT'}"]


def table_ddl(table: Table) -> str:
    """``CREATE TABLE`` of one record table."""
    columns = [f"{name} TEXT NOT NULL" for name in table.constants]
    if "record_key" in table.key:
        columns.append("record_key TEXT NOT NULL")
    for column in table.columns:
        columns.extend(_sql_type(column))
    columns += ["raw TEXT NOT NULL", "stream TEXT NOT NULL", "part TEXT NOT NULL", "run_id INTEGER NOT NULL"]
    return f"CREATE TABLE {table.name} ({', '.join(columns)}, PRIMARY KEY ({', '.join(table.key)}))"


EXPORT_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        *(table_ddl(table) for table in TABLES),
        "CREATE TABLE export_runs (run_id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, "
        "since_ms INTEGER, until_ms INTEGER NOT NULL, until_at TEXT NOT NULL, base_url TEXT NOT NULL, "
        "finished_at TEXT, outcome TEXT)",
        "CREATE TABLE export_windows (stream TEXT NOT NULL, part TEXT NOT NULL, start_ms INTEGER NOT NULL, "
        "end_ms INTEGER NOT NULL, start_at TEXT NOT NULL, end_at TEXT NOT NULL, records INTEGER NOT NULL, "
        "truncated INTEGER NOT NULL, final INTEGER NOT NULL, run_id INTEGER NOT NULL, "
        "completed_at TEXT NOT NULL, PRIMARY KEY (stream, part, start_ms, end_ms))",
        "CREATE TABLE export_streams (stream TEXT NOT NULL, part TEXT NOT NULL, tbl TEXT NOT NULL, "
        "status TEXT NOT NULL, detail TEXT NOT NULL, run_id INTEGER NOT NULL, updated_at TEXT NOT NULL, "
        "PRIMARY KEY (stream, part))",
        "CREATE TABLE balances (account TEXT NOT NULL, wallet TEXT NOT NULL, scope TEXT NOT NULL, "
        "currency TEXT NOT NULL, available TEXT, frozen TEXT, total TEXT NOT NULL, usd_value TEXT, "
        "taken_at TEXT NOT NULL, taken_at_ms INTEGER NOT NULL, raw TEXT NOT NULL, run_id INTEGER NOT NULL, "
        "PRIMARY KEY (account, wallet, scope, currency))",
    ),
)
"""Schema steps of the ``export`` component; step ``n`` brings it to version ``n + 1``."""


def _value(column: Column, value: Any) -> list[Any]:
    """The SQL value(s) of one column for a record field."""
    if column.type in ("time_ms", "time_s"):
        try:
            number = int(str(value))
        except ValueError:
            return [None if value is None else str(value), None]
        ms = number * 1000 if column.type == "time_s" else number
        return [iso(ms), ms]
    if value is None:
        return [None]
    if column.type == "integer":
        try:
            return [int(str(value))]
        except ValueError:
            return [str(value)]
    if column.type == "decimal" and not isinstance(value, str):
        try:
            return [format(Decimal(str(value)), "f")]  # as sent: 0.00000000, never 0E-8
        except InvalidOperation:
            return [str(value)]
    return [value if isinstance(value, str) else to_json(value)]


def content_key(record: Any, occurrence: int) -> str:
    """A stable key for a record without an id: a digest of its content and its rank among equals."""
    digest = hashlib.sha256(f"{to_json(record)}#{occurrence}".encode()).hexdigest()
    return digest[:32]


class Store:
    """An open export file."""

    def __init__(self, path: str | Path) -> None:
        """Open (creating if needed) the database at ``path`` and bring the export tables up to date.

        Raises ``sqlite3.Error`` when the file cannot be opened or written.
        """
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA busy_timeout=5000")
        self.migrate(EXPORT, EXPORT_MIGRATIONS)

    def close(self) -> None:
        """Close the database."""
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside commits together, or nothing does."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def version(self, component: str) -> int:
        """The schema version of ``component`` (0 when it has no tables yet)."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS bitmart_schema (component TEXT PRIMARY KEY, "
            "version INTEGER NOT NULL, updated_at TEXT NOT NULL)"
        )
        row = self.conn.execute(
            "SELECT version FROM bitmart_schema WHERE component = ?", (component,)
        ).fetchone()
        return int(row[0]) if row else 0

    def migrate(self, component: str, steps: Sequence[Sequence[str]]) -> int:
        """Apply the steps of ``component`` it does not have yet, each in one transaction."""
        current = self.version(component)
        if current > len(steps):
            raise sqlite3.DatabaseError(
                f"{self.path}: its {component} tables are version {current}, newer than this program knows "
                f"({len(steps)}); use a newer bitmart"
            )
        for number, statements in enumerate(steps[current:], start=current + 1):
            with self.transaction() as conn:
                for statement in statements:
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO bitmart_schema VALUES (?, ?, ?) ON CONFLICT(component) DO UPDATE "
                    "SET version = excluded.version, updated_at = excluded.updated_at",
                    (component, number, iso(_now_ms())),
                )
        return len(steps)

    # ---- runs --------------------------------------------------------------------------------------
    def start_run(self, since_ms: int | None, until_ms: int, base_url: str) -> int:
        """Record the start of an export run; returns its id."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO export_runs (started_at, since_ms, until_ms, until_at, base_url) "
                "VALUES (?, ?, ?, ?, ?)",
                (iso(_now_ms()), since_ms, until_ms, iso(until_ms), base_url),
            )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, outcome: str) -> None:
        """Record how a run ended: ``complete``, ``incomplete`` or ``interrupted``."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE export_runs SET finished_at = ?, outcome = ? WHERE run_id = ?",
                (iso(_now_ms()), outcome, run_id),
            )

    # ---- records and checkpoints -------------------------------------------------------------------
    def rows(
        self,
        table: Table,
        records: Sequence[Any],
        *,
        stream: str,
        part: str,
        run_id: int,
        constants: Mapping[str, str],
    ) -> list[list[Any]]:
        """The SQL rows of ``records`` for ``table``."""
        rows: list[list[Any]] = []
        ranks: dict[str, int] = {}
        for record in records:
            fields = record if isinstance(record, Mapping) else {}
            row: list[Any] = [constants[name] for name in table.constants]
            base = to_json(record)
            rank = ranks.get(base, 0)
            ranks[base] = rank + 1
            if "record_key" in table.key:
                row.append(content_key(record, rank))
            for column in table.columns:
                values = _value(column, fields.get(column.source))
                if column.name in table.key and values[0] in (None, ""):
                    # BitMart sent no id: keep the record anyway, keyed by what it holds and by the
                    # request that brought it (equal records of two partitions stay two rows).
                    values = [f"~{content_key([stream, part, record], rank)}"]
                row.extend(values)
            rows.append([*row, to_json(record), stream, part, run_id])
        return rows

    def save_window(
        self,
        table: Table,
        rows: Sequence[Sequence[Any]],
        *,
        stream: str,
        part: str,
        span_ms: tuple[int, int],
        truncated: bool,
        final: bool,
        run_id: int,
    ) -> None:
        """Write a window's rows (insert or update by primary key) and its checkpoint, atomically."""
        columns = table.sql_columns
        updates = ", ".join(f"{name} = excluded.{name}" for name in columns if name not in table.key)
        # Names from the program's own table definitions, never from input; values are bound.
        statement = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "  # noqa: S608
            f"ON CONFLICT({', '.join(table.key)}) DO UPDATE SET {updates}"
        )
        start_ms, end_ms = span_ms
        with self.transaction() as conn:
            conn.executemany(statement, rows)
            conn.execute(
                "INSERT OR REPLACE INTO export_windows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    stream,
                    part,
                    start_ms,
                    end_ms,
                    iso(start_ms),
                    iso(end_ms),
                    len(rows),
                    int(truncated),
                    int(final),
                    run_id,
                    iso(_now_ms()),
                ),
            )

    def covered(self, stream: str, part: str) -> list[tuple[int, int]]:
        """The final windows of a stream partition: what no later run needs to fetch again."""
        rows = self.conn.execute(
            "SELECT start_ms, end_ms FROM export_windows WHERE stream = ? AND part = ? AND final = 1",
            (stream, part),
        ).fetchall()
        return [(int(start), int(end)) for start, end in rows]

    def set_status(self, stream: str, part: str, table: str, status: str, detail: str, run_id: int) -> None:
        """Record the outcome of a stream partition in this run (done, unavailable, failed...)."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO export_streams VALUES (?, ?, ?, ?, ?, ?, ?)",
                (stream, part, table, status, detail, run_id, iso(_now_ms())),
            )

    def distinct(self, table: str, column: str) -> list[str]:
        """The distinct non-empty values of one column (e.g. the symbols already exported)."""
        rows = self.conn.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL AND {column} != ''"  # noqa: S608
        ).fetchall()
        return [str(row[0]) for row in rows]

    def count(self, table: str) -> int:
        """Rows in ``table``."""
        return int(self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608

    # ---- balances ----------------------------------------------------------------------------------
    def replace_balances(self, rows: Sequence[Mapping[str, Any]], taken_at_ms: int, run_id: int) -> None:
        """Replace the balance snapshot by ``rows`` (one per account, wallet, scope and currency)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM balances")
            conn.executemany(
                "INSERT OR REPLACE INTO balances VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        row["account"],
                        row["wallet"],
                        row["scope"],
                        row["currency"],
                        row.get("available"),
                        row.get("frozen"),
                        row["total"],
                        row.get("usd_value"),
                        iso(taken_at_ms),
                        taken_at_ms,
                        to_json(row.get("raw")),
                        run_id,
                    )
                    for row in rows
                ],
            )


def _now_ms() -> int:
    return int(datetime.now(UTC).timestamp() * 1000)


__all__ = ["EXPORT", "EXPORT_MIGRATIONS", "Store", "content_key", "iso", "table_ddl"]
