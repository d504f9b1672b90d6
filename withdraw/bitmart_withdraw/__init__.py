"""``bitmart withdraw-all``: plan and move every remaining asset out of BitMart, never twice.

* :func:`take_snapshot` reads the account (balances everywhere, loans, Earn, sub-accounts) and
  BitMart's withdrawal facts; :func:`make_plan` turns it into ordered steps with their blockers,
  without any I/O; :func:`load_destinations` reads where each currency goes.
* :class:`Executor` runs a confirmed plan from the :class:`Journal`, looking up every step that
  may have reached BitMart before doing anything else; :func:`final_report` says where each
  currency's starting total went; :mod:`bitmart_withdraw.render` prints them as tables.

The command line is ``bitmart withdraw-all`` (``bitmart_cli``).
"""

from . import snapshot
from .destinations import Destination, load_destinations, parse_destinations
from .errors import (
    DestinationsError,
    SnapshotError,
    StepOutcomeUnknownError,
    StepRefusedError,
    WithdrawalsPendingError,
    WithdrawError,
)
from .execute import ExecutePolicy, Executor
from .journal import Journal, RunRecord, StepRecord
from .plan import Blocker, CurrencySummary, Plan, PlanOptions, Step, StepKind
from .planner import make_plan
from .read import take_snapshot
from .report import CurrencyReport, final_report
from .snapshot import *  # noqa: F403 - the snapshot's data classes, named in snapshot.__all__

__all__ = [
    "Blocker",
    "CurrencyReport",
    "CurrencySummary",
    "Destination",
    "DestinationsError",
    "ExecutePolicy",
    "Executor",
    "Journal",
    "Plan",
    "PlanOptions",
    "RunRecord",
    "SnapshotError",
    "Step",
    "StepKind",
    "StepOutcomeUnknownError",
    "StepRecord",
    "StepRefusedError",
    "WithdrawError",
    "WithdrawalsPendingError",
    "final_report",
    "load_destinations",
    "make_plan",
    "parse_destinations",
    "take_snapshot",
]
__all__ += snapshot.__all__
# The snapshot module's two constants are for the package's own modules, not its users.
__all__.remove("MAIN")
__all__.remove("ZERO")
