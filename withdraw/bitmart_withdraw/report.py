"""The final report: per currency, where the starting total went.

``start`` comes from the confirmed plan's snapshot, ``withdrawn``, ``in_flight`` and ``fees``
from the journal (the fee BitMart reported for each withdrawal), and what ``remains`` from a
fresh snapshot after the run, planned again to tell dust (too small to withdraw) from what is
left for another reason. ``difference`` is whatever none of these explain (interest earned or
charged during the run, or something else moving funds): it is shown, never hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .journal import StepRecord
from .plan import Plan, StepKind
from .snapshot import ZERO

DONE = 3


@dataclass(frozen=True)
class CurrencyReport:
    """One currency at the end of a run."""

    currency: str
    start: Decimal
    withdrawn: Decimal
    """Withdrawals BitMart reports done (state 3)."""
    in_flight: Decimal
    """Withdrawals accepted and not yet final."""
    fees: Decimal
    dust: Decimal
    left: Decimal
    """What remains that is not dust: blocked, held, returned by a cancelled withdrawal..."""

    @property
    def difference(self) -> Decimal:
        """The part of the starting total the other columns do not account for."""
        return self.start - self.withdrawn - self.in_flight - self.fees - self.dust - self.left


def final_report(start: Plan, records: Sequence[StepRecord], remaining: Plan) -> tuple[CurrencyReport, ...]:
    """Per currency: starting total, withdrawn, in flight, fees, dust and left."""
    withdrawn: dict[str, Decimal] = {}
    in_flight: dict[str, Decimal] = {}
    fees: dict[str, Decimal] = {}
    for record in records:
        step = record.step
        if step.kind is not StepKind.WITHDRAW or record.state not in ("accepted", "final"):
            continue
        if record.state == "final" and record.withdraw_status != DONE:
            continue  # cancelled or failed: BitMart returns the funds, which show in what remains
        bucket = withdrawn if record.state == "final" else in_flight
        bucket[step.currency] = bucket.get(step.currency, ZERO) + step.amount
        fee = record.charged_fee if record.charged_fee is not None else step.fee
        fees[step.currency] = fees.get(step.currency, ZERO) + fee
    currencies = sorted(
        {s.currency for s in start.summaries} | {s.currency for s in remaining.summaries} | set(withdrawn)
    )
    reports = []
    for currency in currencies:
        before, after = start.summary(currency), remaining.summary(currency)
        dust = after.dust if after else ZERO
        reports.append(
            CurrencyReport(
                currency,
                before.total if before else ZERO,
                withdrawn.get(currency, ZERO),
                in_flight.get(currency, ZERO),
                fees.get(currency, ZERO),
                dust,
                (after.total - dust) if after else ZERO,
            )
        )
    return tuple(reports)


__all__ = ["CurrencyReport", "final_report"]
