"""The exceptions of ``bitmart withdraw-all``, under the runtime's ``BitMartError`` root.

Each one keeps its fields in ``args``, so it pickles and prints the same after a round trip.
"""

from __future__ import annotations

from bitmart_runtime import BitMartError


class WithdrawError(BitMartError):
    """Base class of every failure of the withdraw-all planner and executor."""


class DestinationsError(WithdrawError):
    """The destinations file is missing, unreadable or invalid; the message names the field."""


class SnapshotError(WithdrawError):
    """An answer needed for the plan could not be used (the message names what and why)."""


class _StepError(WithdrawError):
    """A failure of one step: its journal id and the reason."""

    def __init__(self, step_id: str, reason: str) -> None:
        super().__init__(step_id, reason)

    @property
    def step_id(self) -> str:
        """The journal id of the step."""
        return str(self.args[0])

    @property
    def reason(self) -> str:
        """What happened."""
        return str(self.args[1])


class StepOutcomeUnknownError(_StepError):
    """A step may or may not have reached BitMart, and looking it up could not tell.

    Nothing further is sent until a human has checked (on BitMart's website) and recorded the
    outcome with ``bitmart withdraw-all --resolve STEP=done`` or ``STEP=not-sent``.
    """

    def __str__(self) -> str:
        return f"the outcome of step {self.step_id} is unknown ({self.reason}); nothing more was sent"


class StepRefusedError(_StepError):
    """BitMart refused a step before acting on it; the run stopped there and nothing was lost."""

    def __str__(self) -> str:
        return f"BitMart refused step {self.step_id}: {self.reason}"


class WithdrawalsPendingError(WithdrawError):
    """Withdrawals were accepted but had not reached a final state when the wait ended."""


__all__ = [
    "DestinationsError",
    "SnapshotError",
    "StepOutcomeUnknownError",
    "StepRefusedError",
    "WithdrawError",
    "WithdrawalsPendingError",
]
