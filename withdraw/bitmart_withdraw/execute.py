"""Running a confirmed plan: each step journaled, sent at most once, looked up when in doubt.

For every step that is not settled, in plan order:

1. read the *evidence* the lookup will need (a balance, the ids already in a history);
2. journal the step as ``sending`` with that evidence (committed before anything is sent);
3. send it once; on success journal ``done`` (a withdrawal: ``accepted`` with its id);
4. if BitMart refused it before acting (an error answer below HTTP 500): journal ``refused``
   and stop the run, unless BitMart only asked to wait (rate limit, maintenance): then wait and
   send again;
5. if the failure may have reached BitMart (timeout, dropped connection, 5xx, a garbled
   answer): look the step up. Found: ``done``. Not found: only once the request's signature
   has expired (BitMart refuses a request signed more than a minute ago, so one still in
   flight can no longer be acted on) is "absent" final; then the step is sent again, at most
   ``max_sends`` times in all. Cannot tell (two candidates, or the lookup failed): ``unknown``,
   and the run stops for a human.

A rerun starts with the steps left ``sending`` by a killed process: they are looked up, never
simply re-sent. Accepted withdrawals are then polled until BitMart reports a final state (3
done, 4 cancelled, 5 failed), with a bounded total wait.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn

import httpx
from bitmart_client import AuthenticatedClient
from bitmart_client.api.funding_account import get_deposit_withdraw_detail
from bitmart_runtime import BitMartAPIError, BitMartError, OrderStateUnknownError

from ._actions import ACTIONS, Absent, Action, Failed, Found, Outcome, Unknown
from ._amounts import parse_amount
from .errors import StepOutcomeUnknownError, StepRefusedError, WithdrawalsPendingError
from .journal import SETTLED, STOPPING, Journal, StepRecord
from .plan import StepKind

FINAL_WITHDRAW_STATES = frozenset({3, 4, 5})
"""Done, cancelled, failed."""
SIGNATURE_LIFETIME_MS = 60_000
"""BitMart refuses a request whose X-BM-TIMESTAMP is more than a minute from its clock (30007)."""


@dataclass(frozen=True)
class ExecutePolicy:
    """Bounds of every wait and repetition of the executor."""

    max_sends: int = 3
    """Sends of one step in all, each after its absence was established."""
    settle_ms: int = SIGNATURE_LIFETIME_MS + 30_000
    """How long after a send "not found" becomes final: the signature's lifetime, plus the time the
    send itself may take (10 s per attempt, and the signing plugin re-signs once after a 30007)."""
    resend_delay: float = 2.0
    """Seconds before resending after BitMart asked to wait (rate limit, maintenance); doubled each time."""
    poll_interval: float = 15.0
    poll_max_interval: float = 120.0
    poll_timeout: float = 1800.0
    """How long to follow withdrawals before leaving them to a rerun (seconds)."""


Phase = Callable[[str, StepRecord], None]
"""Called at ``before_send`` (journaled, not yet sent) and ``after_send`` (answered, not yet journaled)."""


class Executor:
    """Runs the steps of one journaled run against BitMart."""

    def __init__(
        self,
        client: AuthenticatedClient,
        journal: Journal,
        *,
        now_ms: Callable[[], int],
        sleep: Callable[[float], None],
        policy: ExecutePolicy | None = None,
        on_phase: Phase | None = None,
        log: Callable[[str], None] | None = None,
    ) -> None:
        """Use ``client`` for BitMart, ``journal`` for state; ``now_ms`` and ``sleep`` are the clock."""
        self.client = client
        self.journal = journal
        self.policy = policy or ExecutePolicy()
        self.now_ms = now_ms
        self.sleep = sleep
        self.on_phase = on_phase
        self.log = log or (lambda message: None)

    # ---- the run ---------------------------------------------------------------------------------
    def run(self, run_id: int) -> None:
        """Settle every step of the run, then follow its withdrawals to a final state."""
        for record in self.journal.steps(run_id):
            if record.state in SETTLED or record.state == "accepted":
                continue
            if record.state == "unknown":
                raise _unknown(record, record.error or "marked unknown")
            if record.state in STOPPING:
                self.journal.finish_run(run_id, "stopped", f"step {record.step.step_id} {record.state}")
                raise StepRefusedError(record.step.step_id, record.error or record.state)
            self.settle(record)
        self.follow(run_id)
        records = self.journal.steps(run_id)
        failed = [r for r in records if r.step.kind is StepKind.WITHDRAW and r.withdraw_status in (4, 5)]
        outcome = f"{len(failed)} withdrawal(s) cancelled or failed at BitMart" if failed else "complete"
        self.journal.finish_run(run_id, "finished", outcome)

    def settle(self, record: StepRecord) -> None:
        """Bring one step to ``done``/``accepted``, or raise (refused, unknown)."""
        action = ACTIONS[record.step.kind]
        if record.state == "sending":
            self.log(f"step {record.step.step_id}: may have been sent by an earlier run; looking it up")
            if self._conclude(record, self._look(action, record)):
                return
        for attempt in range(self.policy.max_sends):
            record = self._prepare(action, record)
            if self._send(action, record, attempt):
                return
            record = self.journal.step(record.run_id, record.step.step_id)
        self.journal.mark_refused(record, f"not accepted after {self.policy.max_sends} sends")
        self._stop(record, f"not accepted after {self.policy.max_sends} sends")

    def _prepare(self, action: Action, record: StepRecord) -> StepRecord:
        now = self.now_ms()
        self.journal.mark_sending(record, action.evidence(self.client, record, now), now)
        record = self.journal.step(record.run_id, record.step.step_id)
        self._phase("before_send", record)
        return record

    def _send(self, action: Action, record: StepRecord, attempt: int) -> bool:
        """Send once; whether the step is settled (``False``: it did not happen, send again)."""
        try:
            found = action.send(self.client, record)
        except OrderStateUnknownError as error:
            # The runtime gave up on a keyed write that may have reached BitMart (its own look-up,
            # if any, could not tell): the executor's lookup knows more (records, balances).
            return self._uncertain(action, record, error)
        except BitMartAPIError as error:
            if error.http_status < 500:
                return self._refused(record, error, attempt)
            return self._uncertain(action, record, error)
        except (BitMartError, httpx.HTTPError) as error:
            return self._uncertain(action, record, error)
        self._phase("after_send", record)
        self._found(record, found)
        return True

    def _refused(self, record: StepRecord, error: BitMartAPIError, attempt: int) -> bool:
        if error.retryable and attempt + 1 < self.policy.max_sends:
            delay = self.policy.resend_delay * 2**attempt
            self.journal.event(
                record.run_id, record.step.step_id, "wait", {"error": str(error), "seconds": delay}
            )
            self.sleep(delay)
            return False
        self.journal.mark_refused(record, str(error))
        self._stop(record, str(error))

    def _uncertain(self, action: Action, record: StepRecord, error: Exception) -> bool:
        self.journal.event(
            record.run_id, record.step.step_id, "uncertain", {"error": f"{type(error).__name__}: {error}"}
        )
        self.log(f"step {record.step.step_id}: {type(error).__name__}; looking it up before anything else")
        return self._conclude(record, self._look(action, record))

    def _look(self, action: Action, record: StepRecord) -> Outcome:
        outcome = self._lookup_once(action, record)
        if isinstance(outcome, Absent) and record.sent_at_ms is not None:
            wait_ms = record.sent_at_ms + self.policy.settle_ms - self.now_ms()
            if wait_ms > 0:
                self.journal.event(
                    record.run_id, record.step.step_id, "settling", {"seconds": wait_ms / 1000}
                )
                self.sleep(wait_ms / 1000)
                outcome = self._lookup_once(action, record)
        self.journal.event(record.run_id, record.step.step_id, "lookup", {"outcome": repr(outcome)})
        return outcome

    def _lookup_once(self, action: Action, record: StepRecord) -> Outcome:
        try:
            return action.lookup(self.client, record, self.now_ms())
        except (BitMartError, httpx.HTTPError) as error:
            return Unknown(f"the lookup failed: {type(error).__name__}: {error}")

    def _conclude(self, record: StepRecord, outcome: Outcome) -> bool:
        """Act on a lookup; ``True`` when the step is settled, ``False`` when it must be sent again."""
        if isinstance(outcome, Found):
            self._found(record, outcome)
            return True
        if isinstance(outcome, Failed):
            self.journal.mark_refused(record, outcome.reason)
            self._stop(record, outcome.reason)
        if isinstance(outcome, Unknown):
            self.journal.mark_unknown(record, outcome.reason)
            raise _unknown(record, outcome.reason)
        return False

    def _found(self, record: StepRecord, found: Found) -> None:
        if record.step.kind is StepKind.WITHDRAW and found.bitmart_id is not None:
            self.journal.mark_accepted(record, found.bitmart_id, found.status, found.how)
        else:
            self.journal.mark_done(record, found.bitmart_id, found.how)

    def _stop(self, record: StepRecord, reason: str) -> NoReturn:
        self.journal.finish_run(record.run_id, "stopped", f"step {record.step.step_id}: {reason}")
        raise StepRefusedError(record.step.step_id, reason)

    def _phase(self, phase: str, record: StepRecord) -> None:
        if self.on_phase is not None:
            self.on_phase(phase, record)

    # ---- withdrawals -----------------------------------------------------------------------------
    def follow(self, run_id: int) -> None:
        """Poll accepted withdrawals until each is final; raise if the wait ends first."""
        deadline = self.now_ms() + int(self.policy.poll_timeout * 1000)
        interval = self.policy.poll_interval
        while True:
            pending = [r for r in self.journal.steps(run_id) if r.state == "accepted"]
            for record in pending:
                self._poll(record)
            pending = [r for r in self.journal.steps(run_id) if r.state == "accepted"]
            if not pending:
                return
            if self.now_ms() + interval * 1000 > deadline:
                ids = ", ".join(str(r.bitmart_id) for r in pending)
                raise WithdrawalsPendingError(
                    f"withdrawals {ids} are not final yet; rerun to keep following them"
                )
            self.log(f"{len(pending)} withdrawal(s) in progress; next check in {interval:g} s")
            self.sleep(interval)
            interval = min(interval * 2, self.policy.poll_max_interval)

    def _poll(self, record: StepRecord) -> None:
        try:
            found = get_deposit_withdraw_detail.sync(
                client=self.client, id=str(record.bitmart_id)
            ).data.record
        except (BitMartError, httpx.HTTPError) as error:
            self.journal.event(record.run_id, record.step.step_id, "poll_failed", {"error": str(error)})
            return
        status = int(found.status)
        fee = parse_amount(found.fee, f"withdrawal {record.bitmart_id} fee")
        if status != record.withdraw_status or status in FINAL_WITHDRAW_STATES or record.charged_fee is None:
            self.journal.mark_withdraw_status(
                record, status, found.tx_id, fee, status in FINAL_WITHDRAW_STATES
            )


def _unknown(record: StepRecord, reason: str) -> StepOutcomeUnknownError:
    return StepOutcomeUnknownError(record.step.step_id, reason, key=record.request_no)


__all__ = ["FINAL_WITHDRAW_STATES", "SIGNATURE_LIFETIME_MS", "ExecutePolicy", "Executor", "Phase"]
