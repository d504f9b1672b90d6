"""``bitmart withdraw-all``: plans by default and sends nothing, executes after a typed "yes",
resumes, stops for a human, and says what went wrong in one line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from bitmart_cli._withdraw import EXIT_PENDING, EXIT_UNKNOWN
from bitmart_cli.app import main
from bitmart_cli.session import Overrides
from bitmart_mock import MockConfig
from bitmart_runtime.retry import RetryPolicy
from bitmart_withdraw import Journal, PlanOptions, make_plan, take_snapshot
from click.testing import CliRunner, Result
from withdraw_account import (
    DESTINATIONS_TOML,
    Exchange,
    destinations,
    fund_every_account,
    make_exchange,
    owned,
)

WRITES = {
    "redeem_earn_flexible",
    "redeem_earn_fixed_early",
    "transfer_sub_to_main_spot_as_main",
    "transfer_sub_to_main_futures_as_main",
    "transfer_spot_futures",
    "transfer_spot_fund",
    "transfer_margin_asset",
    "repay_margin",
    "submit_withdraw",
}
CREDENTIALS = {
    "BITMART_API_KEY": "mock-key",
    "BITMART_API_SECRET": "mock-secret",
    "BITMART_API_MEMO": "mock-memo",
}


@pytest.fixture
def ex() -> Iterator[Exchange]:
    made = make_exchange()
    fund_every_account(made.client)
    yield made
    made.client.get_httpx_client().close()
    assert made.app.violations == []


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    wallets = tmp_path / "wallets.toml"
    wallets.write_text(DESTINATIONS_TOML)
    return wallets, tmp_path / "bitmart-export.sqlite"


def invoke(ex: Exchange, *args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
    overrides = Overrides(
        transport=ex.app.httpx_transport(),
        clock=lambda: ex.clock.now / 1000,
        sleep=ex.sleep,
        retry=RetryPolicy(max_attempts=2, base_delay=0.0),
        rate_limit=False,
    )
    return CliRunner().invoke(
        main,
        ["withdraw-all", "--base-url", "http://mock.test", *args],
        obj=overrides,
        input=stdin,
        env=env or CREDENTIALS,
    )


def writes(ex: Exchange) -> int:
    return sum(1 for entry in ex.app.journal if entry.operation in WRITES)


def test_the_default_is_a_plan_that_sends_nothing(ex: Exchange, files: tuple[Path, Path]) -> None:
    wallets, db = files
    before = writes(ex)
    result = invoke(ex, "--destinations", str(wallets), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "redeem Earn (flexible)" in result.output and "repay margin loan" in result.output
    assert "earn_locked" in result.output  # the fixed-term position waits without --redeem-early
    assert "nothing was sent" in result.output
    assert "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj" in result.output  # addresses in full, never cut short
    assert writes(ex) == before and not db.exists()


def test_execute_after_yes_empties_the_account(ex: Exchange, files: tuple[Path, Path]) -> None:
    wallets, db = files
    result = invoke(
        ex, "--destinations", str(wallets), "--db", str(db), "--redeem-early", "--execute", stdin="yes\n"
    )
    assert result.exit_code == 0, result.output
    assert 'Type "yes"' in result.output and "Final report" in result.output
    assert owned(ex.app) == {}
    journal = Journal(db)
    assert journal.version() == 1 and journal.open_run() is None
    again = invoke(ex, "--destinations", str(wallets), "--db", str(db), "--execute", "--yes")
    assert again.exit_code == 0 and "Nothing can be sent" in again.output


def test_anything_but_yes_sends_nothing(ex: Exchange, files: tuple[Path, Path]) -> None:
    wallets, db = files
    before = writes(ex)
    result = invoke(ex, "--destinations", str(wallets), "--db", str(db), "--execute", stdin="y\n")
    assert result.exit_code == 1 and "nothing was sent" in result.output
    assert writes(ex) == before


def test_withdrawals_still_in_progress_are_followed_by_the_next_run(
    ex: Exchange, files: tuple[Path, Path]
) -> None:
    wallets, db = files
    args = ("--destinations", str(wallets), "--db", str(db), "--redeem-early")
    first = invoke(ex, *args, "--execute", "--yes", "--wait", "0")
    assert first.exit_code == EXIT_PENDING, first.output
    assert "in flight" in first.output
    sent = writes(ex)
    second = invoke(ex, *args, "--execute", "--yes")
    assert second.exit_code == 0, second.output
    assert writes(ex) == sent  # only followed, nothing sent again
    assert owned(ex.app) == {}


def test_an_unknown_step_waits_for_a_human(ex: Exchange, files: tuple[Path, Path]) -> None:
    wallets, db = files
    plan = make_plan(take_snapshot(ex.client, destinations()), destinations(), PlanOptions(redeem_early=True))
    journal = Journal(db)
    run_id = journal.create_run(plan, "http://mock.test", ex.now_ms())
    first = journal.steps(run_id)[0]
    journal.mark_sending(first, {}, ex.now_ms())
    journal.mark_unknown(journal.steps(run_id)[0], "test: two candidates")
    args = ("--destinations", str(wallets), "--db", str(db))
    before = writes(ex)
    blocked = invoke(ex, *args, "--execute", "--yes")
    assert blocked.exit_code == EXIT_UNKNOWN and "--resolve" in blocked.output
    assert writes(ex) == before
    bad = invoke(ex, *args, "--resolve", "2=done")
    assert bad.exit_code == 2 and "not unknown" in bad.output
    resolved = invoke(ex, *args, "--resolve", "1=not-sent")
    assert resolved.exit_code == 0 and "closed" in resolved.output
    result = invoke(ex, *args, "--redeem-early", "--execute", "--yes")
    assert result.exit_code == 0, result.output
    assert owned(ex.app) == {}


def test_mistakes_are_one_line(ex: Exchange, files: tuple[Path, Path]) -> None:
    wallets, db = files
    wallets.write_text("[destinations.USDT]\nnetwork = 'TRC20'\n")
    result = invoke(ex, "--destinations", str(wallets), "--db", str(db))
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {wallets}: destinations.USDT.address: missing"
    no_file = invoke(ex, "--db", str(db))
    assert no_file.exit_code == 2 and "--destinations FILE" in no_file.output


def test_credentials_come_from_the_environment_never_the_command_line(
    ex: Exchange, files: tuple[Path, Path]
) -> None:
    wallets, db = files
    result = invoke(
        ex, "--destinations", str(wallets), "--db", str(db), env={name: "" for name in CREDENTIALS}
    )
    assert result.exit_code == 2 and "BITMART_API_KEY" in result.output
    flag = invoke(ex, "--destinations", str(wallets), "--api-key", "mock-key")
    assert flag.exit_code == 2 and "No such option" in flag.output


def test_mock_plans_the_embedded_demo_account(tmp_path: Path) -> None:
    # The embedded mock without rate limits: the test does not wait out BitMart's windows.
    overrides = Overrides(rate_limit=False, mock_config=MockConfig(rate_limits=False))
    result = CliRunner().invoke(
        main, ["withdraw-all", "--mock", "--db", str(tmp_path / "x.sqlite")], obj=overrides, env={}
    )
    assert result.exit_code == 0, result.output
    assert "demo_destinations.toml" in result.output
    assert "futures to spot" in result.output and "sub-account spot to main" in result.output
    assert "Per currency, if the plan runs" in result.output and "nothing was sent" in result.output


def test_withdraw_all_is_a_command_of_bitmart() -> None:
    listed = CliRunner().invoke(main, ["--help"])
    assert listed.exit_code == 0 and "withdraw-all" in listed.output
    done = CliRunner().invoke(main, ["withdraw-all", "--help"], prog_name="bitmart")
    assert done.exit_code == 0, done.output
    assert done.output.startswith("Usage: bitmart withdraw-all [OPTIONS]")
    for option in ("--destinations", "--execute", "--yes", "--db", "--base-url", "--mock", "--resolve"):
        assert option in done.output


def test_a_run_is_only_continued_against_the_server_it_began_with(
    ex: Exchange, files: tuple[Path, Path]
) -> None:
    wallets, db = files
    plan = make_plan(take_snapshot(ex.client, destinations()), destinations())
    Journal(db).create_run(plan, "https://api-cloud.bitmart.com", ex.now_ms())
    before = writes(ex)
    result = invoke(ex, "--destinations", str(wallets), "--db", str(db), "--execute", "--yes")
    assert result.exit_code == 2 and "rerun with --base-url https://api-cloud.bitmart.com" in result.output
    assert writes(ex) == before
