"""What the export file holds: completeness per table, and balances reconciled with the flows.

Completeness: per table, its records, the windows covered and their range, and how its streams
ended in the last run. Reconciliation: per currency, the balance snapshot (every wallet of the
account and of its sub-accounts) against the sum of the recorded flows that enter or leave the
account as a whole (deposits, withdrawals and their fees, trades and their fees, margin loans
and repayments, futures PnL, funding and fees, Earn interest, broker rebates). Transfers between
the account's own wallets cancel out and are not counted. The difference is shown as it is:
balances held before the oldest record BitMart keeps, or flows it lists nowhere.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from ._balances import amount
from ._streams import STREAMS
from ._tables import TABLES
from .store import Store, iso

_FINAL_FAILED = (4, 5)  # cancelled or failed deposits and withdrawals moved no money
_TRANSFER_FLOW = 1  # futures transfers move money between the account's own wallets
_STATUS_ORDER = ("failed", "unavailable", "capped", "done")


@dataclass
class TableReport:
    """Completeness of one table."""

    table: str
    status: str
    records: int
    written: int
    """Rows this run inserted or updated."""
    windows: int
    first: str
    last: str
    detail: str


@dataclass
class CurrencyReport:
    """One currency's balance against its recorded flows."""

    currency: str
    balance: Decimal
    flows: Decimal

    @property
    def difference(self) -> Decimal:
        """Balance minus flows: what the exported history does not explain."""
        return self.balance - self.flows


def completeness(store: Store, run_id: int) -> list[TableReport]:
    """One line per table."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for stream in STREAMS:
        by_table[stream.table].append(stream.name)
    reports = []
    for table in TABLES:
        marks = ",".join("?" * len(by_table[table.name]))
        windows, first, last = store.conn.execute(
            f"SELECT COUNT(*), MIN(start_ms), MAX(end_ms) FROM export_windows WHERE stream IN ({marks})",  # noqa: S608
            by_table[table.name],
        ).fetchone()
        statuses = store.conn.execute(
            f"SELECT status, detail FROM export_streams WHERE run_id = ? AND stream IN ({marks})",  # noqa: S608
            [run_id, *by_table[table.name]],
        ).fetchall()
        worst = min((status for status, _ in statuses), key=_STATUS_ORDER.index, default="not run")
        details = sorted({detail for status, detail in statuses if status == worst and detail})
        written = store.conn.execute(
            f"SELECT COUNT(*) FROM {table.name} WHERE run_id = ?",  # noqa: S608
            (run_id,),
        ).fetchone()[0]
        reports.append(
            TableReport(
                table.name,
                worst,
                store.count(table.name),
                int(written),
                int(windows),
                iso(first) if first is not None else "",
                iso(last) if last is not None else "",
                "; ".join(details),
            )
        )
    return reports


def _flows(store: Store) -> dict[str, Decimal]:
    flows: dict[str, Decimal] = defaultdict(Decimal)
    query = store.conn.execute
    for currency, value, status in query("SELECT currency, arrival_amount, status FROM deposits"):
        if status not in _FINAL_FAILED:
            flows[_asset(currency)] += amount(value)
    for currency, value, fee, status in query(
        "SELECT currency, arrival_amount, fee, status FROM withdrawals"
    ):
        if status not in _FINAL_FAILED:
            flows[_asset(currency)] -= amount(value) + amount(fee)
    for table in ("spot_trades", "margin_trades"):
        rows = query(f"SELECT symbol, side, size, notional, fee, fee_currency FROM {table}")  # noqa: S608
        for symbol, side, size, notional, fee, fee_currency in rows:
            base, _, quote = str(symbol).partition("_")
            sign = Decimal(1) if side == "buy" else Decimal(-1)
            flows[base] += sign * amount(size)
            flows[quote] -= sign * amount(notional)
            flows[str(fee_currency)] -= amount(fee)
    for currency, value in query("SELECT currency, borrow_amount FROM margin_borrows"):
        flows[currency] += amount(value)
    for currency, value in query("SELECT currency, repaid_amount FROM margin_repays"):
        flows[currency] -= amount(value)
    for asset, value, flow_type in query("SELECT asset, amount, flow_type FROM futures_transactions"):
        if flow_type != _TRANSFER_FLOW:
            flows[asset] += amount(value)
    for coin, value in query("SELECT coin_name, amount FROM earn_interest"):
        flows[coin] += amount(value)
    for currency, value in query("SELECT currency, rebate_amount FROM broker_rebates"):
        flows[currency] += amount(value)
    return flows


def _asset(channel: str) -> str:
    """The asset of a deposit channel: ``USDT-TRC20`` is ``USDT``."""
    return str(channel).split("-", 1)[0]


def reconciliation(store: Store) -> list[CurrencyReport]:
    """Per currency: the snapshot's total over every wallet against the recorded flows."""
    balances: dict[str, Decimal] = defaultdict(Decimal)
    for currency, total in store.conn.execute("SELECT currency, total FROM balances"):
        balances[currency] += amount(total)
    flows = _flows(store)
    currencies = sorted(set(balances) | {c for c, v in flows.items() if v != 0})
    return [CurrencyReport(c, balances.get(c, Decimal(0)), flows.get(c, Decimal(0))) for c in currencies]


__all__ = ["CurrencyReport", "TableReport", "completeness", "reconciliation"]
