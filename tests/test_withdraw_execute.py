"""withdraw-all against the mock: plan, then execute, with faults at every step.

The account has assets in every account type (spot, fund, futures, isolated margin with a loan,
flexible and fixed Earn, two sub-accounts). Every test checks from the mock's own state that
nothing was lost or moved twice: per currency, what the mock recorded as withdrawn plus its fees
plus what is left equals what the account owned before; and from the mock's request journal that
each step reached BitMart as often as its fault allows (once, or twice when the first attempt was
refused before it ran).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from bitmart_mock import Fault
from bitmart_mock.exchange.accounts import move
from bitmart_mock.exchange.funding import WithdrawRequest
from bitmart_withdraw import (
    ExecutePolicy,
    Executor,
    Journal,
    Plan,
    PlanOptions,
    StepKind,
    StepOutcomeUnknownError,
    StepRecord,
    StepRefusedError,
    WithdrawalsPendingError,
    final_report,
    make_plan,
    take_snapshot,
)
from bitmart_withdraw._amounts import to_text
from bitmart_withdraw.plan import Step
from withdraw_account import Exchange, destinations, fund_every_account, make_exchange, owned, withdrawn

OPERATION = {
    StepKind.EARN_FLEXIBLE: "redeem_earn_flexible",
    StepKind.EARN_FIXED: "redeem_earn_fixed_early",
    StepKind.SUB_SPOT: "transfer_sub_to_main_spot_as_main",
    StepKind.SUB_FUTURES: "transfer_sub_to_main_futures_as_main",
    StepKind.FUTURES: "transfer_spot_futures",
    StepKind.FUND: "transfer_spot_fund",
    StepKind.MARGIN_TOP_UP: "transfer_margin_asset",
    StepKind.MARGIN_REPAY: "repay_margin",
    StepKind.MARGIN_OUT: "transfer_margin_asset",
    StepKind.WITHDRAW: "submit_withdraw",
}


class Killed(BaseException):
    """The process dies here (nothing after this line of the executor runs)."""


class Timeouts(httpx.BaseTransport):
    """Times a chosen operation's next request out: before it reaches the mock, or after it ran."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.armed: dict[str, str] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        when = self.armed.pop(str(request.extensions.get("bitmart_operation")), None)
        if when == "before":
            raise httpx.ConnectTimeout("test: the connection timed out", request=request)
        response = self.inner.handle_request(request)
        if when == "after":
            response.read()
            raise httpx.ReadTimeout("test: no answer in time (the mock did act)", request=request)
        return response


@dataclass
class Scenario:
    exchange: Exchange
    timeouts: Timeouts
    journal_path: Path
    plan: Plan
    run_id: int
    before: dict[str, Decimal]
    setup_requests: int
    """Requests the mock had answered when the plan was made (the account's set-up, the snapshot)."""

    @property
    def app(self) -> Any:
        return self.exchange.app

    def executor(self, **settings: Any) -> tuple[Executor, Journal]:
        """A fresh executor and journal, as a new process would have."""
        journal = Journal(self.journal_path)
        ex = self.exchange
        return Executor(ex.client, journal, now_ms=ex.now_ms, sleep=ex.sleep, **settings), journal

    def run(self, **settings: Any) -> Journal:
        executor, journal = self.executor(**settings)
        executor.run(self.run_id)
        return journal


@pytest.fixture
def scenario(tmp_path: Path) -> Iterator[Scenario]:
    holder: list[Timeouts] = []

    def wrap(inner: httpx.BaseTransport) -> httpx.BaseTransport:
        holder.append(Timeouts(inner))
        return holder[0]

    ex = make_exchange(wrap=wrap)
    fund_every_account(ex.client)
    before = owned(ex.app)
    plan = make_plan(take_snapshot(ex.client, destinations()), destinations(), PlanOptions(redeem_early=True))
    journal = Journal(tmp_path / "bitmart-export.sqlite")
    run_id = journal.create_run(plan, "http://mock.test", ex.now_ms())
    journal.close()
    setup = len(ex.app.journal)
    yield Scenario(ex, holder[0], tmp_path / "bitmart-export.sqlite", plan, run_id, before, setup)
    ex.client.get_httpx_client().close()
    assert ex.app.violations == []


def _body(entry: Any) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(entry.body) if entry.body else {}
    return parsed


def _is_request_of(step: Step, entry: Any) -> bool:
    """Whether a request the mock answered is this step's (every step differs in one of these)."""
    if entry.operation != OPERATION[step.kind]:
        return False
    body, params = _body(entry), step.params
    wanted: dict[str, Any] = {"amount": to_text(step.amount)}
    if step.kind in (StepKind.EARN_FLEXIBLE, StepKind.EARN_FIXED):
        wanted = {"earnId": params["earn_id"]}
    elif step.kind in (StepKind.SUB_SPOT, StepKind.SUB_FUTURES):
        wanted.update(subAccount=params["sub_account"], currency=step.currency)
    elif step.kind is StepKind.FUTURES:
        wanted.update(type="contract_to_spot")
    elif step.kind is StepKind.FUND:
        wanted.update(type="fund_to_spot", currency=step.currency)
    elif step.kind in (StepKind.MARGIN_TOP_UP, StepKind.MARGIN_OUT):
        side = "in" if step.kind is StepKind.MARGIN_TOP_UP else "out"
        wanted.update(symbol=params["symbol"], currency=step.currency, side=side)
    elif step.kind is StepKind.MARGIN_REPAY:
        wanted.update(symbol=params["symbol"], currency=step.currency)
    elif step.kind is StepKind.WITHDRAW:
        wanted.update(currency=params["channel"], address=params["address"])
    return all(body.get(key) == value for key, value in wanted.items())


def requests_of(scenario: Scenario, step: Step) -> int:
    """How many requests of this step reached the mock."""
    return sum(1 for entry in scenario.app.journal if _is_request_of(step, entry))


def assert_nothing_lost(scenario: Scenario) -> None:
    """Per currency, from the mock's state: withdrawn + fees + what is left = what was owned before;
    what is left is the plan's dust; every withdrawal is final (done)."""
    after = owned(scenario.app)
    out = withdrawn(scenario.app)
    for currency, start in scenario.before.items():
        amount, fees, states = out.get(currency, (Decimal(0), Decimal(0), []))
        left = after.get(currency, Decimal(0))
        assert amount + fees + left == start, currency
        summary = scenario.plan.summary(currency)
        assert summary is not None
        assert left == summary.dust and amount == summary.withdrawn and fees == summary.fees
        assert states and set(states) == {3}, (currency, states)


def assert_executed_as_planned(journal: Journal, scenario: Scenario) -> None:
    """The steps executed are the steps planned: same ids, kinds, amounts, all settled; and every
    write that reached the mock after the plan was made is one of the plan's steps."""
    writes = set(OPERATION.values())
    for entry in list(scenario.app.journal)[scenario.setup_requests :]:
        if entry.operation in writes:
            assert sum(_is_request_of(step, entry) for step in scenario.plan.runnable) == 1, entry
    records = journal.steps(scenario.run_id)
    assert [r.step for r in records] == list(scenario.plan.steps)
    for record in records:
        expected = ("final",) if record.step.kind is StepKind.WITHDRAW else ("done",)
        assert record.state in (expected if record.step.runnable else ("blocked",)), record
    assert journal.run(scenario.run_id).state == "finished"


def test_plan_then_execute_empties_every_account(scenario: Scenario) -> None:
    kinds = {step.kind for step in scenario.plan.runnable}
    assert kinds == set(OPERATION), "the account must exercise every kind of step"
    assert not scenario.plan.blocked
    journal = scenario.run()
    assert_nothing_lost(scenario)
    assert_executed_as_planned(journal, scenario)
    for step in scenario.plan.runnable:
        assert requests_of(scenario, step) == 1, step
    assert owned(scenario.app) == {}, "every balance is zero (this account has no dust)"


# Fault kind -> how many requests of the step reach the mock (a first one refused before it ran is resent).
FAULTS = {
    "drop after it ran": 1,
    "HTTP 500 before it ran": 2,
    "HTTP 503 after it ran": 1,
    "proxy 502 after it ran": 1,
    "garbled answer after it ran": 1,
    "rate limited (429)": 2,
    "timeout after it ran": 1,
    "timeout before it was sent": 1,
}


def _arm(scenario: Scenario, kind: str, operation: str) -> None:
    app, timeouts = scenario.app, scenario.timeouts
    plans = {
        "drop after it ran": Fault("drop", operation, when="after"),
        "HTTP 500 before it ran": Fault("server_error", operation, status=500),
        "HTTP 503 after it ran": Fault("server_error", operation, when="after", status=503),
        "proxy 502 after it ran": Fault("server_error", operation, when="after", status=502),
        "garbled answer after it ran": Fault("malformed", operation, when="after"),
        "rate limited (429)": Fault("rate_limit", operation),
    }
    if kind in plans:
        app.add_fault(plans[kind])
    else:
        timeouts.armed[operation] = "after" if "after" in kind else "before"


@pytest.mark.parametrize("kind", list(FAULTS))
def test_a_fault_at_every_step_runs_no_step_twice(scenario: Scenario, kind: str) -> None:
    def on_phase(phase: str, record: StepRecord) -> None:
        if phase == "before_send" and record.attempts == 1:
            _arm(scenario, kind, OPERATION[record.step.kind])

    journal = scenario.run(on_phase=on_phase)
    assert_nothing_lost(scenario)
    assert_executed_as_planned(journal, scenario)
    for step in scenario.plan.runnable:
        assert requests_of(scenario, step) == FAULTS[kind], (kind, step)
    # A step BitMart may have acted on is looked up, never simply sent again (the runtime may do
    # that lookup itself for the operations the document gives a lookup of their own).
    looked_up = [event for _, event, _ in journal.events(scenario.run_id)].count("lookup")
    assert looked_up == 0 if kind == "rate limited (429)" else looked_up > 0


@pytest.mark.parametrize("phase", ["before_send", "after_send"])
def test_killed_at_every_step_and_rerun(scenario: Scenario, phase: str) -> None:
    killed: set[str] = set()

    def on_phase(now: str, record: StepRecord) -> None:
        if now == phase and record.step.step_id not in killed:
            killed.add(record.step.step_id)
            raise Killed(record.step.step_id)

    runs = 0
    while True:
        runs += 1
        try:
            journal = scenario.run(on_phase=on_phase)
        except Killed:
            continue
        break
    assert runs == len(scenario.plan.runnable) + 1
    assert_nothing_lost(scenario)
    assert_executed_as_planned(journal, scenario)
    for step in scenario.plan.runnable:
        assert requests_of(scenario, step) == 1, step


def test_killed_while_following_withdrawals_then_rerun(scenario: Scenario) -> None:
    with pytest.raises(WithdrawalsPendingError):
        scenario.run(policy=ExecutePolicy(poll_timeout=20))
    executor, journal = scenario.executor()
    assert journal.open_run() is not None
    executor.run(scenario.run_id)
    assert_nothing_lost(scenario)
    assert_executed_as_planned(journal, scenario)


def _first(plan: Plan, kind: StepKind) -> Step:
    return next(step for step in plan.runnable if step.kind is kind)


def test_two_matching_withdrawals_stop_the_run_for_a_human(scenario: Scenario) -> None:
    """Someone withdraws the same amount to the same address while ours is in the air: the lookup
    finds two candidates, refuses to pick one, and nothing more is sent, on this run or the next."""
    target = _first(scenario.plan, StepKind.WITHDRAW)
    exchange = scenario.app.exchange

    def on_phase(phase: str, record: StepRecord) -> None:
        if phase == "before_send" and record.step == target:
            params, main = target.params, exchange.account("main")
            paid = target.amount + target.fee  # a deposit pays for it
            exchange.funding.credit_deposit(main, params["channel"], paid, exchange.now(), "someone")
            request = WithdrawRequest(address=params["address"], memo=params["memo"])
            exchange.funding.withdraw(main, params["channel"], target.amount, request, exchange.now())
            scenario.app.add_fault(Fault("drop", "submit_withdraw", when="after"))

    with pytest.raises(StepOutcomeUnknownError) as raised:
        scenario.run(on_phase=on_phase)
    assert raised.value.step_id == target.step_id and "2 new withdrawals" in raised.value.reason
    executor, journal = scenario.executor()
    assert journal.step(scenario.run_id, target.step_id).state == "unknown"
    sent = len(scenario.app.journal)
    with pytest.raises(StepOutcomeUnknownError):
        executor.run(scenario.run_id)
    assert requests_of(scenario, target) == 1
    assert all(
        entry.operation == "submit_withdraw" or entry.method == "GET"
        for entry in list(scenario.app.journal)[sent:]
    )
    journal.resolve(scenario.run_id, target.step_id, "done")
    executor.run(scenario.run_id)
    assert requests_of(scenario, target) == 1
    assert journal.run(scenario.run_id).state == "finished"


def test_a_lookup_that_fails_marks_the_step_unknown(scenario: Scenario) -> None:
    target = _first(scenario.plan, StepKind.FUTURES)

    def on_phase(phase: str, record: StepRecord) -> None:
        if phase == "before_send" and record.step == target:
            scenario.app.add_fault(Fault("drop", "transfer_spot_futures", when="after"))
            scenario.app.add_fault(Fault("server_error", "get_spot_futures_transfers", times=50))

    with pytest.raises(StepOutcomeUnknownError, match="the lookup failed"):
        scenario.run(on_phase=on_phase)
    journal = Journal(scenario.journal_path)
    assert journal.step(scenario.run_id, target.step_id).state == "unknown"
    assert requests_of(scenario, target) == 1
    journal.resolve(scenario.run_id, target.step_id, "not-sent")
    assert journal.step(scenario.run_id, target.step_id).state == "not_sent"


def test_a_refused_step_stops_the_run_and_a_new_plan_finishes(scenario: Scenario, tmp_path: Path) -> None:
    """BitMart refuses the BTC withdrawal (the user moved BTC away meanwhile): nothing is lost, the run
    stops there, and a plan made from the account as it now is takes out the rest."""
    btc = next(
        step for step in scenario.plan.runnable if step.kind is StepKind.WITHDRAW and step.currency == "BTC"
    )

    def on_phase(phase: str, record: StepRecord) -> None:
        if phase == "before_send" and record.step == btc:
            main = scenario.app.exchange.account("main")
            move(main.spot, main.fund, "BTC", Decimal("0.5"))  # as transfer_spot_fund would

    with pytest.raises(StepRefusedError, match="60008"):
        scenario.run(on_phase=on_phase)
    journal = Journal(scenario.journal_path)
    assert journal.step(scenario.run_id, btc.step_id).state == "refused"
    assert journal.run(scenario.run_id).state == "stopped"
    assert requests_of(scenario, btc) == 1
    ex = scenario.exchange
    again = make_plan(take_snapshot(ex.client, destinations()), destinations())
    kinds = [(step.kind, step.currency) for step in again.runnable]
    assert (StepKind.FUND, "BTC") in kinds and (StepKind.WITHDRAW, "BTC") in kinds
    run_id = journal.create_run(again, "http://mock.test", ex.now_ms())
    Executor(ex.client, journal, now_ms=ex.now_ms, sleep=ex.sleep).run(run_id)
    after = owned(scenario.app)
    out = withdrawn(scenario.app)
    for currency, start in scenario.before.items():
        amount, fees, states = out[currency]
        assert amount + fees + after.get(currency, Decimal(0)) == start
        assert set(states) == {3}


def test_the_final_report_accounts_for_every_currency(scenario: Scenario) -> None:
    journal = scenario.run()
    ex = scenario.exchange
    remaining = make_plan(take_snapshot(ex.client, destinations()), destinations())
    reports = {r.currency: r for r in final_report(scenario.plan, journal.steps(scenario.run_id), remaining)}
    out = withdrawn(scenario.app)
    assert set(reports) == set(scenario.before)
    for currency, report in reports.items():
        assert report.start == scenario.before[currency]
        assert (report.withdrawn, report.fees) == out[currency][:2]
        assert report.in_flight == report.dust == report.left == report.difference == 0


def test_interest_earned_while_the_plan_waited_is_shown_not_hidden(tmp_path: Path) -> None:
    """Ten days pass between plan and execution: the flexible position pays 5 USDT of interest on
    redemption. The plan's withdrawal does not include it, so it stays as dust, and the report's
    `difference` shows the 5 USDT the starting total did not hold."""
    from bitmart_client.api.earn import subscribe_earn_flexible
    from bitmart_client.models import SubscribeEarnFlexibleBody

    ex = make_exchange()
    body = SubscribeEarnFlexibleBody(product_id="1001", amount=Decimal("3650"), request_no="3" * 20)
    subscribe_earn_flexible.sync(client=ex.client, body=body)
    plan = make_plan(take_snapshot(ex.client, destinations()), destinations())
    journal = Journal(tmp_path / "bitmart-export.sqlite")
    run_id = journal.create_run(plan, "http://mock.test", ex.now_ms())
    ex.clock.now += 10 * 86_400_000
    Executor(ex.client, journal, now_ms=ex.now_ms, sleep=ex.sleep).run(run_id)
    remaining = make_plan(take_snapshot(ex.client, destinations()), destinations())
    usdt = next(r for r in final_report(plan, journal.steps(run_id), remaining) if r.currency == "USDT")
    assert (usdt.start, usdt.withdrawn, usdt.fees) == (Decimal(152000), Decimal(151999), Decimal(1))
    assert usdt.dust == Decimal(5) and usdt.left == 0 and usdt.difference == Decimal(-5)
    ex.client.get_httpx_client().close()


def test_funds_held_by_an_open_order_stay_and_are_reported_left(tmp_path: Path) -> None:
    from bitmart_client.api.spot_trading import submit_spot_order
    from bitmart_client.models import SpotSubmitOrderRequest

    ex = make_exchange()
    order = SpotSubmitOrderRequest(
        symbol="BTC_USDT", side="sell", type_="limit", size=Decimal("0.5"), price=Decimal("999999")
    )
    submit_spot_order.sync(client=ex.client, body=order)
    before = owned(ex.app)
    plan = make_plan(take_snapshot(ex.client, destinations()), destinations())
    held = [step for step in plan.blocked if step.kind is StepKind.HELD]
    assert [(s.currency, s.amount) for s in held] == [("BTC", Decimal("0.5"))]
    btc = plan.summary("BTC")
    assert btc is not None and (btc.withdrawn, btc.fees, btc.left) == (
        Decimal("1.4998"),
        Decimal("0.0002"),
        Decimal("0.5"),
    )
    journal = Journal(tmp_path / "bitmart-export.sqlite")
    Executor(ex.client, journal, now_ms=ex.now_ms, sleep=ex.sleep).run(
        journal.create_run(plan, "x", ex.now_ms())
    )
    amount, fees, states = withdrawn(ex.app)["BTC"]
    assert amount + fees + owned(ex.app)["BTC"] == before["BTC"] and owned(ex.app)["BTC"] == Decimal("0.5")
    assert states == [3]
    ex.client.get_httpx_client().close()
