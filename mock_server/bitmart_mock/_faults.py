"""Fault injection: make chosen calls fail the way networks and servers fail.

A fault applies to the next ``times`` calls of one operation (or of any). ``before`` faults
answer without executing the call; ``after`` faults execute it (an order is placed) and then
spoil the answer, which is what makes retries dangerous for writes.

Kinds: ``delay`` (answer ``seconds`` late), ``server_error`` (HTTP ``status`` with BitMart's
``internal_server_error`` envelope, or an HTML page for 502/504 as a proxy would send), ``rate_limit`` (429 /
``too_many_requests``), ``maintenance`` (code ``code``, default ``service_maintenance``), ``drop`` (close the
connection mid-response), ``malformed`` (HTTP 200 with a truncated JSON body), ``drift`` (the
call executes and its success answer departs from the document by ``mutation``, one of
``bitmart_mock.drifting.MUTATIONS``, as BitMart's answers sometimes do; ``before`` and ``after``
mean the same for it).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from ._spec import SPEC
from .drifting import MUTATIONS

FaultKind = Literal["delay", "server_error", "rate_limit", "maintenance", "drop", "malformed", "drift"]
KINDS: tuple[str, ...] = ("delay", "server_error", "rate_limit", "maintenance", "drop", "malformed", "drift")
SERVER_ERROR_STATUSES = (500, 502, 503, 504)
MAX_DELAY_S = 60.0
"""The longest delay a fault may add: every wait is bounded."""
MAX_TIMES = 1_000_000


def _integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass
class Fault:
    """One planned failure; refused at creation (``ValueError``) unless every field is valid."""

    kind: FaultKind
    operation: str | None = None
    times: int = 1
    when: Literal["before", "after"] = "before"
    seconds: float = 0.0
    status: int = 500
    code: int | None = None
    mutation: str = "extra_field"
    """For ``drift``: how the answer departs (see ``bitmart_mock.drifting.MUTATIONS``)."""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; known: {', '.join(KINDS)}")
        if self.when not in ("before", "after"):
            raise ValueError("when must be 'before' or 'after'")
        if self.operation is not None and self.operation not in SPEC.by_id:
            raise ValueError(f"no operation {self.operation!r}")
        if not _integer(self.times) or not 1 <= self.times <= MAX_TIMES:
            raise ValueError(f"times must be a whole number from 1 to {MAX_TIMES}")
        if not isinstance(self.seconds, int | float) or isinstance(self.seconds, bool):
            raise ValueError("seconds must be a number")
        if not (math.isfinite(self.seconds) and 0 <= self.seconds <= MAX_DELAY_S):
            raise ValueError(f"seconds must be from 0 to {MAX_DELAY_S:g}")
        if not _integer(self.status) or self.status not in SERVER_ERROR_STATUSES:
            raise ValueError(f"status must be one of {SERVER_ERROR_STATUSES}")
        if self.mutation not in MUTATIONS:
            raise ValueError(f"unknown mutation {self.mutation!r}; known: {', '.join(MUTATIONS)}")
        self._check_code()

    def _check_code(self) -> None:
        if self.code is None:
            return
        if not _integer(self.code) or self.code not in SPEC.error_codes:
            raise ValueError(f"code {self.code!r} is not in the error table")
        if self.kind == "maintenance" and self.code not in SPEC.rules.errors.maintenance_codes:
            raise ValueError(f"code {self.code} is not a maintenance code")


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
