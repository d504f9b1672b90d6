"""The plan: ordered steps that bring every asset to the main spot wallet and withdraw it.

:func:`bitmart_withdraw.planner.make_plan` is sans-IO: it reads a snapshot and the destinations
and returns a :class:`Plan`, without touching the network. The order is:

1. redeem Earn (into the main spot wallet);
2. move each sub-account's spot funds to the main spot wallet, and its futures USDT to the main
   futures wallet;
3. move the main futures wallet's USDT to spot (after step 2, so it carries the sub-accounts' too);
4. move the fund wallet to spot;
5. repay isolated-margin loans (topping the margin account up from spot when it holds too
   little of the borrowed currency), then move each margin account to spot; this comes after the
   other moves so that a loan can be repaid from money that was elsewhere;
6. withdraw each currency from the spot wallet to its destination.

Every step lists what blocks it (:class:`Blocker`); a blocked step is shown, never run, and what
it would have moved stays where it is. Per currency, :class:`CurrencySummary` accounts for the
starting total exactly: withdrawn + fees + dust + left = total.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from .snapshot import ZERO


class StepKind(StrEnum):
    """What a step does; each runnable kind is one BitMart write operation."""

    EARN_FLEXIBLE = "earn_redeem_flexible"
    EARN_FIXED = "earn_redeem_fixed"
    SUB_SPOT = "sub_spot_to_main"
    SUB_FUTURES = "sub_futures_to_main"
    FUTURES = "futures_to_spot"
    FUND = "fund_to_spot"
    MARGIN_TOP_UP = "margin_top_up"
    MARGIN_REPAY = "margin_repay"
    MARGIN_OUT = "margin_to_spot"
    WITHDRAW = "withdraw"
    HELD = "held"
    """Not an operation: funds held by orders or positions, which stay where they are."""


DUST_BLOCKERS = frozenset({"below_minimum", "below_transfer_minimum"})
"""Blockers that leave dust (too little to move) rather than stranding an amount."""


@dataclass(frozen=True)
class Blocker:
    """Why a step cannot run: a stable ``code`` (for scripts and tests) and a sentence."""

    code: str
    message: str


@dataclass(frozen=True)
class Step:
    """One action of the plan."""

    step_id: str
    kind: StepKind
    source: str
    """Where the funds are, e.g. ``main futures``, ``sub desk-a spot``, ``margin BTC_USDT``."""
    target: str
    """Where they go: ``main spot``, ``margin BTC_USDT``, or an address."""
    currency: str
    amount: Decimal
    fee: Decimal = ZERO
    params: Mapping[str, str] = field(default_factory=dict)
    """What the operation needs besides the amount (symbol, earnId, subAccount, channel...)."""
    blockers: tuple[Blocker, ...] = ()

    @property
    def runnable(self) -> bool:
        """Whether the executor sends it."""
        return not self.blockers and self.kind is not StepKind.HELD

    def to_json(self) -> dict[str, Any]:
        """A JSON-able form (amounts as exact strings), for the journal."""
        return _record_json(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Step:
        """The inverse of :meth:`to_json`."""
        return _record_from_json(cls, data)


@dataclass(frozen=True)
class CurrencySummary:
    """Where one currency's starting total ends up if the plan runs."""

    currency: str
    total: Decimal
    withdrawn: Decimal
    """What arrives at the destination."""
    fees: Decimal
    dust: Decimal
    """Too little to move or withdraw (below a minimum, or beyond a format's decimals)."""
    left: Decimal
    """Left behind by a blocker or a hold (negative when a loan stays unpaid)."""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    """The ordered steps and, per currency, the summary of their effect."""

    taken_at_ms: int
    steps: tuple[Step, ...]
    summaries: tuple[CurrencySummary, ...]

    @property
    def runnable(self) -> tuple[Step, ...]:
        """The steps the executor sends, in order."""
        return tuple(step for step in self.steps if step.runnable)

    @property
    def blocked(self) -> tuple[Step, ...]:
        """The steps that cannot run, with their blockers."""
        return tuple(step for step in self.steps if step.blockers)

    def summary(self, currency: str) -> CurrencySummary | None:
        """The summary of ``currency``, if the account holds any."""
        return next((s for s in self.summaries if s.currency == currency), None)

    def to_json(self) -> str:
        """The plan as JSON text (steps and summaries, amounts as strings)."""
        summaries = [_record_json(summary) for summary in self.summaries]
        steps = [step.to_json() for step in self.steps]
        return json.dumps({"taken_at_ms": self.taken_at_ms, "steps": steps, "summaries": summaries})

    @classmethod
    def from_json(cls, text: str) -> Plan:
        """The inverse of :meth:`to_json`."""
        data = json.loads(text)
        summaries = tuple(_record_from_json(CurrencySummary, summary) for summary in data["summaries"])
        steps = tuple(Step.from_json(step) for step in data["steps"])
        return cls(int(data["taken_at_ms"]), steps, summaries)


# Each field type of Step and CurrencySummary, by its annotation: its JSON form and back. The
# journal keeps plans as JSON, so amounts go as exact strings, never floats.
_CODECS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "str": (str, str),
    "Decimal": (str, Decimal),
    "StepKind": (lambda kind: kind.value, StepKind),
    "Mapping[str, str]": (dict, lambda params: {str(k): str(v) for k, v in params.items()}),
    "tuple[Blocker, ...]": (
        lambda blockers: [[blocker.code, blocker.message] for blocker in blockers],
        lambda pairs: tuple(Blocker(str(code), str(message)) for code, message in pairs),
    ),
    "tuple[str, ...]": (list, tuple),
}


_R = TypeVar("_R", "Step", "CurrencySummary")


def _record_json(record: Step | CurrencySummary) -> dict[str, Any]:
    """``record``'s fields in order, each in its JSON form."""
    return {f.name: _CODECS[str(f.type)][0](getattr(record, f.name)) for f in fields(record)}


def _record_from_json(cls: type[_R], data: Mapping[str, Any]) -> _R:
    """The inverse of :func:`_record_json`."""
    return cls(**{f.name: _CODECS[str(f.type)][1](data[f.name]) for f in fields(cls)})


@dataclass(frozen=True)
class PlanOptions:
    """Choices the user makes."""

    redeem_early: bool = False
    """End fixed-term Earn positions before maturity (BitMart then keeps their interest)."""


__all__ = ["DUST_BLOCKERS", "Blocker", "CurrencySummary", "Plan", "PlanOptions", "Step", "StepKind"]
