"""The exceptions of ``bitmart withdraw-all``, in the runtime's tree.

``WithdrawError`` (a ``BitMartError``) is the root of withdraw-all's own failures. A step whose
outcome nobody can establish raises :class:`StepOutcomeUnknownError`, which is also the
runtime's ``OrderStateUnknownError``: whether the runtime gave up on a keyed write or the
executor's own lookup could not tell, ``except OrderStateUnknownError`` catches every write that
may or may not have happened and was not sent again. Each exception pickles and prints the same
after a round trip.
"""

from __future__ import annotations

from bitmart_runtime import BitMartError, OrderStateUnknownError


class WithdrawError(BitMartError):
    """Base class of every failure of the withdraw-all planner and executor."""


class DestinationsError(WithdrawError):
    """The destinations file is missing, unreadable or invalid; the message names the field."""


class SnapshotError(WithdrawError):
    """An answer needed for the plan could not be used (the message names what and why)."""


class StepOutcomeUnknownError(OrderStateUnknownError, WithdrawError):
    """A step may or may not have reached BitMart, and looking it up could not tell.

    ``step_id`` is the journal's id of the step; ``client_order_id`` the key it carried (its
    ``requestNo``), or the step id for steps BitMart gives no key (withdrawals, own-wallet
    transfers). Nothing further is sent until a human has checked (on BitMart's website) and
    recorded the outcome with ``bitmart withdraw-all --resolve STEP=done`` or ``STEP=not-sent``.
    """

    def __init__(self, step_id: str, reason: str, *, key: str | None = None) -> None:
        super().__init__(client_order_id=key or step_id, reason=reason, operation=None)
        self.step_id = step_id

    def __str__(self) -> str:
        return f"the outcome of step {self.step_id} is unknown ({self.reason}); nothing more was sent"


class StepRefusedError(WithdrawError):
    """BitMart refused a step before acting on it; the run stopped there and nothing was lost."""

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
