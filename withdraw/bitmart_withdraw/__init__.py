"""``bitmart withdraw-all``: plan and move every remaining asset out of BitMart, never twice.

* :func:`take_snapshot` reads the account (balances everywhere, loans, Earn, sub-accounts) and
  BitMart's withdrawal facts; :func:`make_plan` turns it into ordered steps with their blockers,
  without any I/O; :func:`load_destinations` reads where each currency goes.
* :class:`Executor` runs a confirmed plan from the :class:`Journal`, looking up every step that
  may have reached BitMart before doing anything else; :func:`final_report` says where each
  currency's starting total went; :mod:`bitmart_withdraw.render` prints them as tables.

The command line is ``bitmart withdraw-all`` (``bitmart_cli``).
"""

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
from .snapshot import (
    Channel,
    EarnPosition,
    Holding,
    MarginPair,
    MarginSide,
    Snapshot,
    WhitelistEntry,
    WithdrawTerms,
)

__all__ = [
    "Blocker",
    "Channel",
    "CurrencyReport",
    "CurrencySummary",
    "Destination",
    "DestinationsError",
    "EarnPosition",
    "ExecutePolicy",
    "Executor",
    "Holding",
    "Journal",
    "MarginPair",
    "MarginSide",
    "Plan",
    "PlanOptions",
    "RunRecord",
    "Snapshot",
    "SnapshotError",
    "Step",
    "StepKind",
    "StepOutcomeUnknownError",
    "StepRecord",
    "StepRefusedError",
    "WhitelistEntry",
    "WithdrawError",
    "WithdrawTerms",
    "WithdrawalsPendingError",
    "final_report",
    "load_destinations",
    "make_plan",
    "parse_destinations",
    "take_snapshot",
]
