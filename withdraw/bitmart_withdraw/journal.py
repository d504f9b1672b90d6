"""The journal: every step, written before it is sent and after its outcome is known.

It lives in the export's SQLite file (``--db``, default ``bitmart-export.sqlite``), in tables of
its own beside the export's, with its schema version under the component ``withdraw`` of the
shared ``bitmart_schema`` table. Each write is one transaction with ``synchronous=FULL``, so
what the journal says survives a killed process or a lost machine: a step marked ``sending``
may have reached BitMart, and a rerun looks it up before doing anything else.

Step states: ``planned`` (not yet touched), ``blocked`` (never sent), ``sending`` (evidence
recorded, the request may be on its way), ``done`` (BitMart acted on it), ``accepted`` (a
withdrawal BitMart took, not yet final), ``final`` (a withdrawal in state 3, 4 or 5),
``refused`` (BitMart said no before acting), ``unknown`` (a human must look), ``not_sent``
(a human said it never happened).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import uuid
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from .plan import Plan, Step, StepKind

COMPONENT = "withdraw"
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE withdraw_runs (run_id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, "
        "started_ms INTEGER NOT NULL, base_url TEXT NOT NULL, plan TEXT NOT NULL, state TEXT NOT NULL, "
        "finished_at TEXT, outcome TEXT)",
        "CREATE TABLE withdraw_steps (run_id INTEGER NOT NULL, step_id TEXT NOT NULL, seq INTEGER NOT NULL, "
        "kind TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, currency TEXT NOT NULL, "
        "amount TEXT NOT NULL, fee TEXT NOT NULL, step TEXT NOT NULL, request_no TEXT, state TEXT NOT NULL, "
        "attempts INTEGER NOT NULL, evidence TEXT, sent_at_ms INTEGER, bitmart_id TEXT, "
        "withdraw_status INTEGER, tx_id TEXT, charged_fee TEXT, error TEXT, updated_at TEXT NOT NULL, "
        "PRIMARY KEY (run_id, step_id))",
        "CREATE TABLE withdraw_events (event_id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL, "
        "step_id TEXT, at TEXT NOT NULL, event TEXT NOT NULL, detail TEXT NOT NULL)",
    ),
)
"""Schema steps of the ``withdraw`` component; step ``n`` brings it to version ``n + 1``."""

SETTLED = frozenset({"done", "final", "blocked"})
"""Steps with nothing left to do."""
STOPPING = frozenset({"refused", "not_sent"})
"""Steps that end a run: BitMart did not act, so a new plan starts from the account as it is."""

_REQUEST_NO_KINDS = {
    StepKind.EARN_FLEXIBLE: "earn",
    StepKind.EARN_FIXED: "earn",
    StepKind.SUB_SPOT: "sub",
    StepKind.SUB_FUTURES: "sub",
}


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_request_no(kind: StepKind) -> str | None:
    """A fresh idempotency key for ``kind``: 20 digits for Earn, a UUID for sub-account transfers."""
    family = _REQUEST_NO_KINDS.get(kind)
    if family == "earn":
        return f"{secrets.randbelow(10**20):020d}"
    if family == "sub":
        return str(uuid.uuid4())
    return None


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic write: everything inside commits together, or nothing does."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _migrate(conn: sqlite3.Connection, path: str) -> None:
    """Bring the journal tables to the latest version, one transaction per schema step."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS bitmart_schema (component TEXT PRIMARY KEY, "
        "version INTEGER NOT NULL, updated_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT version FROM bitmart_schema WHERE component = ?", (COMPONENT,)).fetchone()
    current = int(row[0]) if row else 0
    if current > len(MIGRATIONS):
        raise sqlite3.DatabaseError(
            f"{path}: its withdraw tables are version {current}, newer than this program knows "
            f"({len(MIGRATIONS)}); use a newer bitmart"
        )
    for number, statements in enumerate(MIGRATIONS[current:], start=current + 1):
        with _transaction(conn):
            for statement in statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO bitmart_schema VALUES (?, ?, ?) ON CONFLICT(component) DO UPDATE "
                "SET version = excluded.version, updated_at = excluded.updated_at",
                (COMPONENT, number, _now_text()),
            )


@dataclass(frozen=True)
class StepRecord:
    """A step and what the journal knows about it."""

    run_id: int
    step: Step
    state: str
    """One of the step states listed in this module's docstring."""
    attempts: int = 0
    """How many times the step was marked ``sending``, each time before its request went out."""
    request_no: str | None = None
    """The idempotency key sent with Earn and sub-account transfer steps, fixed before the first send."""
    evidence: Mapping[str, Any] = field(default_factory=dict)
    """What was read before sending (a balance, the ids already listed) to judge the lookup against."""
    sent_at_ms: int | None = None
    """When the step was last marked ``sending``, in ms of the executor's clock."""
    bitmart_id: str | None = None
    """The id BitMart gave the action (withdrawal id, transfer id), once known."""
    withdraw_status: int | None = None
    """The withdrawal's last status in BitMart's history (3, 4 and 5 are final)."""
    tx_id: str = ""
    """The chain transaction of a withdrawal; empty until BitMart reports one, as in its history."""
    charged_fee: Decimal | None = None
    """The fee BitMart reports for a withdrawal (its history record), once seen."""
    error: str = ""
    """BitMart's refusal, or why the outcome is unknown, for ``refused`` and ``unknown`` steps."""


def _step_record(run_id: int, row: Mapping[str, Any]) -> StepRecord:
    """A ``withdraw_steps`` row read by column name; NULL text columns read as empty."""
    return StepRecord(
        run_id=run_id,
        step=Step.from_json(json.loads(row["step"])),
        state=row["state"],
        attempts=int(row["attempts"]),
        request_no=row["request_no"],
        evidence=json.loads(row["evidence"]) if row["evidence"] else {},
        sent_at_ms=row["sent_at_ms"],
        bitmart_id=row["bitmart_id"],
        withdraw_status=row["withdraw_status"],
        tx_id=row["tx_id"] or "",
        charged_fee=None if row["charged_fee"] is None else Decimal(row["charged_fee"]),
        error=row["error"] or "",
    )


@dataclass(frozen=True)
class RunRecord:
    """One confirmed plan and its state: ``open``, ``finished`` or ``stopped``."""

    run_id: int
    started_ms: int
    base_url: str
    plan: Plan
    state: str


class Journal:
    """The journal tables of one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        """Open (creating if needed) ``path`` and bring the journal tables up to date."""
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA busy_timeout=5000")
        _migrate(self.conn, self.path)

    def close(self) -> None:
        """Close the file."""
        self.conn.close()

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return _transaction(self.conn)

    def version(self) -> int:
        """The schema version of the journal tables."""
        row = self.conn.execute(
            "SELECT version FROM bitmart_schema WHERE component = ?", (COMPONENT,)
        ).fetchone()
        return int(row[0])

    # ---- runs ------------------------------------------------------------------------------------
    def create_run(self, plan: Plan, base_url: str, now_ms: int) -> int:
        """Record a confirmed plan, each step ``planned`` or ``blocked``, with its request number."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO withdraw_runs (started_at, started_ms, base_url, plan, state) "
                "VALUES (?, ?, ?, ?, ?)",
                (_now_text(), now_ms, base_url, plan.to_json(), "open"),
            )
            run_id = int(cursor.lastrowid or 0)
            for seq, step in enumerate(plan.steps, start=1):
                state = "planned" if step.runnable else "blocked"
                conn.execute(
                    "INSERT INTO withdraw_steps (run_id, step_id, seq, kind, source, target, currency, "
                    "amount, fee, step, request_no, state, attempts, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                    (
                        run_id,
                        step.step_id,
                        seq,
                        step.kind.value,
                        step.source,
                        step.target,
                        step.currency,
                        str(step.amount),
                        str(step.fee),
                        json.dumps(step.to_json()),
                        new_request_no(step.kind) if step.runnable else None,
                        state,
                        _now_text(),
                    ),
                )
        self.event(run_id, None, "run_created", {"steps": len(plan.steps), "runnable": len(plan.runnable)})
        return run_id

    def open_run(self) -> RunRecord | None:
        """The latest run still ``open``, if any."""
        row = self.conn.execute(
            "SELECT run_id, started_ms, base_url, plan, state FROM withdraw_runs WHERE state = 'open' "
            "ORDER BY run_id DESC LIMIT 1"
        ).fetchone()
        return (
            None
            if row is None
            else RunRecord(int(row[0]), int(row[1]), str(row[2]), Plan.from_json(row[3]), row[4])
        )

    def run(self, run_id: int) -> RunRecord:
        """One run by id."""
        row = self.conn.execute(
            "SELECT run_id, started_ms, base_url, plan, state FROM withdraw_runs WHERE run_id = ?", (run_id,)
        ).fetchone()
        return RunRecord(int(row[0]), int(row[1]), str(row[2]), Plan.from_json(row[3]), row[4])

    def finish_run(self, run_id: int, state: str, outcome: str) -> None:
        """Close a run: ``finished`` (every step settled) or ``stopped`` (a step was not done)."""
        with self._transaction() as conn:
            conn.execute(
                "UPDATE withdraw_runs SET state = ?, finished_at = ?, outcome = ? WHERE run_id = ?",
                (state, _now_text(), outcome, run_id),
            )
        self.event(run_id, None, f"run_{state}", {"outcome": outcome})

    # ---- steps -----------------------------------------------------------------------------------
    def steps(self, run_id: int) -> list[StepRecord]:
        """The run's steps in plan order."""
        cursor = self.conn.execute(
            "SELECT step, state, attempts, request_no, evidence, sent_at_ms, bitmart_id, withdraw_status, "
            "tx_id, charged_fee, error FROM withdraw_steps WHERE run_id = ? ORDER BY seq",
            (run_id,),
        )
        names = [column[0] for column in cursor.description]
        return [_step_record(run_id, dict(zip(names, row, strict=True))) for row in cursor.fetchall()]

    def step(self, run_id: int, step_id: str) -> StepRecord:
        """One step of a run."""
        for record in self.steps(run_id):
            if record.step.step_id == step_id:
                return record
        raise KeyError(f"run {run_id} has no step {step_id}")

    def _update(
        self, run_id: int, step_id: str, event: str, detail: Mapping[str, Any], **columns: Any
    ) -> None:
        assignments = ", ".join(f"{name} = ?" for name in columns)
        with self._transaction() as conn:
            # Column names come from this module's own keyword arguments, never from input.
            conn.execute(
                f"UPDATE withdraw_steps SET {assignments}, updated_at = ? WHERE run_id = ? AND step_id = ?",  # noqa: S608
                (*columns.values(), _now_text(), run_id, step_id),
            )
            conn.execute(
                "INSERT INTO withdraw_events (run_id, step_id, at, event, detail) VALUES (?, ?, ?, ?, ?)",
                (run_id, step_id, _now_text(), event, json.dumps(detail, default=str)),
            )

    def mark_sending(self, record: StepRecord, evidence: Mapping[str, Any], sent_at_ms: int) -> None:
        """Before a request goes out: what the lookup will compare against, and the attempt count."""
        detail = {"attempt": record.attempts + 1, "evidence": evidence}
        self._update(
            record.run_id,
            record.step.step_id,
            "sending",
            detail,
            state="sending",
            attempts=record.attempts + 1,
            evidence=json.dumps(evidence, default=str),
            sent_at_ms=sent_at_ms,
        )

    def mark_done(self, record: StepRecord, bitmart_id: str | None, how: str) -> None:
        """BitMart acted on the step (``how``: its answer, or the lookup that found it)."""
        self._update(
            record.run_id,
            record.step.step_id,
            "done",
            {"how": how, "id": bitmart_id},
            state="done",
            bitmart_id=bitmart_id,
            error=None,
        )

    def mark_accepted(self, record: StepRecord, withdraw_id: str, status: int | None, how: str) -> None:
        """BitMart took a withdrawal (its id is known); it is followed until a final state."""
        self._update(
            record.run_id,
            record.step.step_id,
            "accepted",
            {"how": how, "id": withdraw_id, "status": status},
            state="accepted",
            bitmart_id=withdraw_id,
            withdraw_status=status,
            error=None,
        )

    def mark_withdraw_status(
        self, record: StepRecord, status: int, tx_id: str, fee: Decimal, final: bool
    ) -> None:
        """A withdrawal's latest state (3 done, 4 cancelled, 5 failed are final) and its fee."""
        self._update(
            record.run_id,
            record.step.step_id,
            "status",
            {"status": status, "tx_id": tx_id, "fee": str(fee)},
            state="final" if final else "accepted",
            withdraw_status=status,
            tx_id=tx_id,
            charged_fee=str(fee),
        )

    def mark_refused(self, record: StepRecord, error: str) -> None:
        """BitMart refused the step before acting on it."""
        self._update(
            record.run_id, record.step.step_id, "refused", {"error": error}, state="refused", error=error
        )

    def mark_unknown(self, record: StepRecord, reason: str) -> None:
        """The step may have reached BitMart and the lookup could not tell: a human must look."""
        self._update(
            record.run_id, record.step.step_id, "unknown", {"reason": reason}, state="unknown", error=reason
        )

    def resolve(self, run_id: int, step_id: str, outcome: str) -> None:
        """Record a human's finding on an ``unknown`` step: ``done`` or ``not-sent``."""
        record = self.step(run_id, step_id)
        if record.state != "unknown":
            raise ValueError(f"step {step_id} is {record.state}, not unknown")
        if outcome not in ("done", "not-sent"):
            raise ValueError("the outcome is done or not-sent")
        state = "done" if outcome == "done" else "not_sent"
        self._update(run_id, step_id, "resolved", {"outcome": outcome}, state=state)

    def event(self, run_id: int, step_id: str | None, event: str, detail: Mapping[str, Any]) -> None:
        """Add a line to the run's audit trail."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO withdraw_events (run_id, step_id, at, event, detail) VALUES (?, ?, ?, ?, ?)",
                (run_id, step_id, _now_text(), event, json.dumps(dict(detail), default=str)),
            )

    def events(self, run_id: int) -> list[tuple[str | None, str, dict[str, Any]]]:
        """The run's audit trail: (step id, event, detail), oldest first."""
        rows = self.conn.execute(
            "SELECT step_id, event, detail FROM withdraw_events WHERE run_id = ? ORDER BY event_id", (run_id,)
        ).fetchall()
        return [(row[0], row[1], json.loads(row[2])) for row in rows]


__all__ = ["COMPONENT", "SETTLED", "STOPPING", "Journal", "RunRecord", "StepRecord", "new_request_no"]
