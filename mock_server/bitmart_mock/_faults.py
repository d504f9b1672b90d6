"""Fault injection: make chosen calls fail the way networks and servers fail.

A fault applies to the next ``times`` calls of one operation (or of any). ``before`` faults
answer without executing the call; ``after`` faults execute it (an order is placed) and then
spoil the answer, which is what makes retries dangerous for writes.

Kinds: ``delay`` (answer ``seconds`` late), ``server_error`` (HTTP ``status`` with BitMart's
``internal_server_error`` envelope, or an HTML page for 502/504 as a proxy would send), ``rate_limit`` (429 /
``too_many_requests``), ``maintenance`` (code ``code``, default ``service_maintenance``), ``drop`` (close the
connection mid-response), ``malformed`` (HTTP 200 with a truncated JSON body).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["delay", "server_error", "rate_limit", "maintenance", "drop", "malformed"]
KINDS: tuple[str, ...] = ("delay", "server_error", "rate_limit", "maintenance", "drop", "malformed")


@dataclass
class Fault:
    """One planned failure."""

    kind: FaultKind
    operation: str | None = None
    times: int = 1
    when: Literal["before", "after"] = "before"
    seconds: float = 0.0
    status: int = 500
    code: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {', '.join(KINDS)}")
        if self.when not in ("before", "after"):
            raise ValueError("when must be 'before' or 'after'")
        if self.times < 1:
            raise ValueError("times must be at least 1")


class FaultPlan:
    """The faults still to be applied, in the order they were added."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        """Plan ``fault``; it applies to the next matching calls."""
        self._faults.append(fault)
        return fault

    def take(self, operation: str, when: str) -> Fault | None:
        """Consume one application of the first fault matching this call, if any."""
        for fault in self._faults:
            if fault.when == when and fault.operation in (None, operation):
                fault.times -= 1
                if fault.times == 0:
                    self._faults.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        """Drop every planned fault."""
        self._faults.clear()

    def __len__(self) -> int:
        return len(self._faults)
