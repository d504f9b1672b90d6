"""``bitmart withdraw-all``: plan by default, ``--execute`` to carry the plan out.

    bitmart withdraw-all --destinations wallets.toml            # print the plan; send nothing
    bitmart withdraw-all --destinations wallets.toml --execute  # confirm with "yes", then run it
    bitmart withdraw-all --mock                                  # the embedded mock's demo account

The command is a thin layer over :func:`~bitmart_withdraw.read.take_snapshot`,
:func:`~bitmart_withdraw.planner.make_plan` and :class:`~bitmart_withdraw.execute.Executor`.
Exit status: 0 done (or only planned), 1 failed or refused (nothing lost; the message says why),
3 a step's outcome is unknown and needs a human (``--resolve``), 4 withdrawals still in progress
when the wait ended (rerun to keep following them), 130 interrupted (rerun: the journal knows
which steps may have been sent, and looks them up first).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import click
from bitmart_withdraw import (
    Destination,
    ExecutePolicy,
    Executor,
    Journal,
    PlanOptions,
    RunRecord,
    StepOutcomeUnknownError,
    StepRefusedError,
    WithdrawalsPendingError,
    final_report,
    load_destinations,
    make_plan,
    parse_destinations,
    take_snapshot,
)
from bitmart_withdraw.render import plan_table, report_table, steps_table, summary_table
from rich.console import Console

from ._command import EXIT_FAILED, base_url_option, console, expected_failures, mock_option, target_hint
from .session import Overrides, Target, open_target, overrides_of

EXIT_UNKNOWN = 3
EXIT_PENDING = 4
RESUME = "rerun the same command; steps that may have been sent are looked up first"


@dataclass(frozen=True)
class Options:
    """The command line, checked."""

    destinations: str | None
    execute: bool
    yes: bool
    redeem_early: bool
    db: str
    wait: float
    resolutions: tuple[str, ...]


class _Command:
    """One invocation against one target."""

    def __init__(self, options: Options, target: Target, overrides: Overrides, out: Console) -> None:
        self.options = options
        self.target = target
        self.overrides = overrides
        self.out = out
        self.plan_options = PlanOptions(redeem_early=options.redeem_early)

    def destinations(self) -> dict[str, Destination]:
        if self.options.destinations is not None:
            return load_destinations(self.options.destinations)
        if self.target.mock:
            text = resources.files("bitmart_withdraw").joinpath("demo_destinations.toml").read_text("utf-8")
            self.out.print("using the demo account's destinations (demo_destinations.toml)", highlight=False)
            return parse_destinations(text, "demo_destinations.toml")
        raise click.UsageError(
            "give --destinations FILE (a TOML file: one [destinations.<CURRENCY>] per currency)"
        )

    def run(self) -> int:
        destinations = self.destinations()
        writes = self.options.execute or self.options.resolutions
        if not writes and not Path(self.options.db).exists():
            return self.fresh(None, destinations)
        journal = Journal(self.options.db)
        try:
            if self.options.resolutions:
                return self.resolve(journal)
            run = journal.open_run()
            if run is not None:
                return self.resume(journal, run, destinations)
            return self.fresh(journal, destinations)
        finally:
            journal.close()

    def fresh(self, journal: Journal | None, destinations: dict[str, Destination]) -> int:
        plan = make_plan(take_snapshot(self.target.client, destinations), destinations, self.plan_options)
        self.out.print(plan_table(plan))
        self.out.print(summary_table(plan))
        for summary in plan.summaries:
            for note in summary.notes:
                self.out.print(f"note: {summary.currency}: {note}", highlight=False)
        if journal is None or not self.options.execute:
            self.out.print(
                "This is the plan; nothing was sent. Add --execute to carry it out.", highlight=False
            )
            return 0
        if not plan.runnable:
            self.out.print("Nothing can be sent (see the blockers above).", highlight=False)
            return 0
        if not self.confirm(len(plan.runnable)):
            return EXIT_FAILED
        run_id = journal.create_run(plan, self.target.base_url, self.overrides.now_ms())
        return self.execute(journal, run_id, destinations)

    def resume(self, journal: Journal, run: RunRecord, destinations: dict[str, Destination]) -> int:
        records = journal.steps(run.run_id)
        self.out.print(steps_table(records, f"Run {run.run_id}, confirmed earlier and not finished"))
        unknown = [r.step.step_id for r in records if r.state == "unknown"]
        if unknown:
            self.out.print(
                f"step(s) {', '.join(unknown)} may or may not have happened. Check on BitMart's website, "
                "then rerun with --resolve STEP=done or --resolve STEP=not-sent. Nothing is sent until then.",
                highlight=False,
            )
            return EXIT_UNKNOWN
        if run.base_url != self.target.base_url:
            hint = (
                "an embedded mock's run ends with it: use another --db"
                if self.target.mock
                else f"rerun with --base-url {run.base_url}"
            )
            raise click.UsageError(
                f"run {run.run_id} in {self.options.db} was against {run.base_url}; {hint}"
            )
        if not self.options.execute:
            self.out.print("Rerun with --execute to continue this run (its sent steps are looked up first).")
            return 0
        left = sum(1 for r in records if r.state in ("planned", "sending"))
        if left and not self.confirm(left):
            return EXIT_FAILED
        return self.execute(journal, run.run_id, destinations)

    def resolve(self, journal: Journal) -> int:
        run = journal.open_run()
        if run is None:
            raise click.UsageError("no run in progress: nothing to resolve")
        for resolution in self.options.resolutions:
            step_id, _, outcome = resolution.partition("=")
            try:
                journal.resolve(run.run_id, step_id.strip(), outcome.strip())
            except (KeyError, ValueError) as error:
                raise click.BadParameter(str(error).strip("'\""), param_hint="--resolve") from None
            self.out.print(f"step {step_id.strip()} recorded as {outcome.strip()}", highlight=False)
        if any(r.state == "not_sent" for r in journal.steps(run.run_id)):
            journal.finish_run(run.run_id, "stopped", "a human recorded a step as not sent")
            self.out.print("The run is closed; rerun with --execute to plan again from the account as it is.")
        return 0

    def confirm(self, count: int) -> bool:
        if self.options.yes:
            return True
        answer = click.prompt(
            f'Type "yes" to send these {count} step(s) to BitMart', default="", show_default=False
        )
        if answer.strip() != "yes":
            self.out.print("Not confirmed; nothing was sent.", highlight=False)
            return False
        return True

    def execute(self, journal: Journal, run_id: int, destinations: dict[str, Destination]) -> int:
        executor = Executor(
            self.target.client,
            journal,
            now_ms=self.overrides.now_ms,
            sleep=self.overrides.sleep or time.sleep,
            policy=ExecutePolicy(poll_timeout=self.options.wait),
            log=lambda message: self.out.print(message, highlight=False),
        )
        code = 0
        try:
            executor.run(run_id)
        except StepOutcomeUnknownError as error:
            self.out.print(
                f"stopped: {error}. Check on BitMart's website, then use --resolve.", highlight=False
            )
            code = EXIT_UNKNOWN
        except StepRefusedError as error:
            self.out.print(
                f"stopped: {error}. Rerun to plan again from the account as it is.", highlight=False
            )
            code = EXIT_FAILED
        except WithdrawalsPendingError as error:
            self.out.print(f"waiting ended: {error}", highlight=False)
            code = EXIT_PENDING
        self.out.print(steps_table(journal.steps(run_id), f"Run {run_id}"))
        remaining = make_plan(
            take_snapshot(self.target.client, destinations), destinations, self.plan_options
        )
        self.out.print(report_table(final_report(journal.run(run_id).plan, journal.steps(run_id), remaining)))
        return code


@click.command("withdraw-all")
@click.option(
    "--destinations",
    "destinations",
    type=click.Path(dir_okay=False),
    help="TOML file: per currency, the network, whitelisted address and memo to withdraw to.",
)
@click.option("--execute", is_flag=True, help="Carry the plan out (after typing yes). Without it, only plan.")
@click.option("--yes", is_flag=True, help="Confirm without asking (for scripts).")
@click.option(
    "--redeem-early", is_flag=True, help="End fixed-term Earn positions now, giving up their interest."
)
@click.option(
    "--db",
    default="bitmart-export.sqlite",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The SQLite file of the export; the journal of every step goes in it.",
)
@click.option(
    "--wait",
    default=1800.0,
    show_default=True,
    type=click.FloatRange(min=0),
    help="Seconds to follow withdrawals until BitMart reports them final.",
)
@click.option(
    "--resolve",
    "resolutions",
    multiple=True,
    metavar="STEP=done|not-sent",
    help="Record what a human found for a step whose outcome was unknown.",
)
@base_url_option
@mock_option
@click.pass_context
def withdraw_all(
    context: click.Context,
    destinations: str | None,
    execute: bool,
    yes: bool,
    redeem_early: bool,
    db: str,
    wait: float,
    resolutions: tuple[str, ...],
    base_url: str | None,
    mock: bool,
) -> None:
    """Plan, and with --execute carry out, moving every asset out of BitMart: never twice, never lost."""
    options = Options(destinations, execute, yes, redeem_early, db, wait, resolutions)
    overrides = overrides_of(context)
    with (
        expected_failures(target_hint(base_url, mock), RESUME),
        open_target(base_url, mock, overrides) as target,
    ):
        code = _Command(options, target, overrides, console()).run()
    context.exit(code)


__all__ = ["EXIT_PENDING", "EXIT_UNKNOWN", "Options", "withdraw_all"]
