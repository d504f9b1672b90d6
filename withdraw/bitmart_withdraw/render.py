"""Rich tables of a plan, of a run's steps and of the final report (what ``bitmart withdraw-all`` prints)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from rich.table import Table

from ._amounts import to_text
from .journal import StepRecord
from .plan import Plan, Step, StepKind
from .report import CurrencyReport

LABELS = {
    StepKind.EARN_FLEXIBLE: "redeem Earn (flexible)",
    StepKind.EARN_FIXED: "redeem Earn early (fixed)",
    StepKind.SUB_SPOT: "sub-account spot to main",
    StepKind.SUB_FUTURES: "sub-account futures to main",
    StepKind.FUTURES: "futures to spot",
    StepKind.FUND: "fund to spot",
    StepKind.MARGIN_TOP_UP: "top up margin for the loan",
    StepKind.MARGIN_REPAY: "repay margin loan",
    StepKind.MARGIN_OUT: "margin to spot",
    StepKind.WITHDRAW: "withdraw",
    StepKind.HELD: "stays (held)",
}


def _amount(value: Decimal) -> str:
    return to_text(value)


def _via(step: Step) -> str:
    if step.kind is StepKind.WITHDRAW and "channel" in step.params:
        memo = f" memo {step.params['memo']}" if step.params.get("memo") else ""
        return f"{step.params['channel']}{memo}"
    return ""


def plan_table(plan: Plan, title: str = "Plan") -> Table:
    """The ordered steps with their amounts and blockers."""
    table = Table(title=title, title_justify="left")
    for name in ("#", "step", "from", "to", "via", "currency", "amount", "fee", "blocked by"):
        # An address is never cut short: the user checks it before typing "yes".
        table.add_column(
            name,
            justify="right" if name in ("#", "amount", "fee") else "left",
            overflow="fold",
            no_wrap=name in ("amount", "fee"),
        )
    for step in plan.steps:
        blockers = "; ".join(f"{b.code}: {b.message}" for b in step.blockers)
        style = None if step.runnable else "yellow"
        table.add_row(
            step.step_id,
            LABELS[step.kind],
            step.source,
            step.target,
            _via(step),
            step.currency,
            _amount(step.amount),
            _amount(step.fee) if step.fee else "",
            blockers,
            style=style,
        )
    return table


def summary_table(plan: Plan) -> Table:
    """Per currency: the starting total and where it goes if the plan runs."""
    table = Table(title="Per currency, if the plan runs", title_justify="left")
    for name in ("currency", "total", "withdrawn", "fees", "dust", "left"):
        table.add_column(name, justify="left" if name == "currency" else "right")
    for summary in plan.summaries:
        table.add_row(
            summary.currency,
            *(
                _amount(value)
                for value in (summary.total, summary.withdrawn, summary.fees, summary.dust, summary.left)
            ),
        )
    return table


def steps_table(records: Sequence[StepRecord], title: str) -> Table:
    """A run's steps with their journal state."""
    table = Table(title=title, title_justify="left")
    for name in ("#", "step", "currency", "amount", "state", "BitMart id", "note"):
        table.add_column(name, justify="right" if name in ("#", "amount") else "left")
    for record in records:
        note = record.error
        if record.withdraw_status is not None:
            note = f"withdrawal state {record.withdraw_status}" + (
                f", tx {record.tx_id}" if record.tx_id else ""
            )
        table.add_row(
            record.step.step_id,
            LABELS[record.step.kind],
            record.step.currency,
            _amount(record.step.amount),
            record.state,
            record.bitmart_id or "",
            note,
        )
    return table


def report_table(reports: Sequence[CurrencyReport]) -> Table:
    """The final report."""
    table = Table(title="Final report", title_justify="left")
    for name in ("currency", "start", "withdrawn", "in flight", "fees", "dust", "left", "difference"):
        table.add_column(name, justify="left" if name == "currency" else "right")
    for report in reports:
        values = (report.start, report.withdrawn, report.in_flight, report.fees, report.dust, report.left)
        table.add_row(report.currency, *(_amount(v) for v in values), _amount(report.difference))
    return table


__all__ = ["LABELS", "plan_table", "report_table", "steps_table", "summary_table"]
