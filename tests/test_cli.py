"""The ``bitmart`` command: what it prints and writes, and how it fails.

In-process (click's runner, the mock's in-memory transport) except where a real server matters:
``--mock`` itself, and an export killed with SIGKILL then run again.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from bitmart_auth import connect
from bitmart_cli._tables import TABLES
from bitmart_cli.app import main
from bitmart_cli.session import Overrides, embedded_mock_config
from bitmart_mock import MockApp, MockConfig, MockServer
from bitmart_runtime.retry import RetryPolicy
from click.testing import CliRunner, Result
from exchange_clock import DAY_MS, ExchangeClock
from export_activity import FAST_RETRY, expected, in_process_client, make_history, mock_app, quick_history

CREDENTIALS = {
    "BITMART_API_KEY": "mock-key",
    "BITMART_API_SECRET": "mock-secret",
    "BITMART_API_MEMO": "mock-memo",
}


class Account:
    """A mock with a little history, reachable in-process by the command."""

    def __init__(self) -> None:
        self.clock = ExchangeClock()
        self.app = mock_app(self.clock)
        make_history(in_process_client(self.app, self.clock), self.app, self.clock, burst=4)
        transport = self.app.httpx_transport()
        self.overrides = Overrides(
            transport=transport,
            async_transport=transport,
            clock=lambda: self.clock.now / 1000,
            retry=FAST_RETRY,
        )

    def invoke(self, *args: str, env: dict[str, str] | None = None) -> Result:
        runner = CliRunner()
        return runner.invoke(
            main, list(args), obj=self.overrides, env=env if env is not None else CREDENTIALS
        )

    def since(self, days: int) -> str:
        return datetime.fromtimestamp((self.clock.now - days * DAY_MS) / 1000, UTC).date().isoformat()


@pytest.fixture(scope="module")
def account() -> Iterator[Account]:
    made = Account()
    yield made
    assert made.app.violations == []


def one_line_error(result: Result) -> str:
    """The failure message, checked to be short and free of a traceback."""
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert 1 <= len(lines) <= 4, result.output  # click's usage errors add a usage line and a hint
    return lines[-1]


def test_export_writes_the_file_the_csv_copy_and_the_reports(account: Account, tmp_path: Path) -> None:
    db, folder = tmp_path / "x.sqlite", tmp_path / "csv"
    result = account.invoke(
        "export",
        "--base-url",
        "http://mock.local",
        "--db",
        str(db),
        "--csv",
        str(folder),
        "--since",
        account.since(60),
    )
    assert result.exit_code == 0, result.output
    assert "Completeness" in result.output and "Balances against recorded flows" in result.output
    with sqlite3.connect(db) as conn:
        trades = conn.execute("SELECT COUNT(*) FROM spot_trades").fetchone()[0]
        balances = conn.execute("SELECT COUNT(*) FROM balances").fetchone()[0]
    with (folder / "spot_trades.csv").open(newline="") as handle:
        assert len(list(csv.reader(handle))) == trades + 1
    assert trades > 0 and balances > 0 and (folder / "balances.csv").exists()
    assert {f.stem for f in folder.glob("*.csv")} == {t.name for t in TABLES} | {"balances"}


def test_inventory_lists_every_wallet_with_exact_amounts(account: Account) -> None:
    result = account.invoke("inventory", "--base-url", "http://mock.local", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["balances"]
    texts = [row[name] for row in rows for name in ("available", "frozen", "total") if row[name] is not None]
    assert texts and not [text for text in texts if "E" in text]  # 0.00000000, never 0E-8
    wallets = {(row["account"], row["wallet"]) for row in rows}
    assert {("main", "spot"), ("main", "fund"), ("main", "futures"), ("main", "isolated_margin")} <= wallets
    assert {("main", "earn_flexible"), ("sub1@demo.mock", "spot"), ("sub2@demo.mock", "futures")} <= wallets
    main_account = account.app.exchange.account("main")
    # BitMart lists flexible positions without their principal: it comes from the records.
    flexible = {r["scope"]: Decimal(r["total"]) for r in rows if r["wallet"] == "earn_flexible"}
    positions = account.app.exchange.earn.positions.values()
    held = {p.earn_id: p.amount for p in positions if p.open and not p.product.lock_days}
    assert flexible == held and sum(held.values()) == 600  # 1000 subscribed, 400 redeemed
    usdt = next(r for r in rows if r["wallet"] == "spot" and r["currency"] == "USDT")
    assert Decimal(usdt["total"]) == main_account.spot.balance("USDT").total
    assert Decimal(usdt["usd_value"]) > 0
    table = account.invoke("inventory", "--base-url", "http://mock.local")
    assert table.exit_code == 0 and "isolated_margin" in table.output and "BTC_USDT" in table.output


def test_inventory_of_the_embedded_mock_shows_the_demo_account() -> None:
    result = CliRunner().invoke(
        main, ["inventory", "--mock", "--json"], env={name: "" for name in CREDENTIALS}
    )
    assert result.exit_code == 0, result.output
    rows = {
        (r["account"], r["wallet"], r["currency"]): Decimal(r["total"])
        for r in json.loads(result.output)["balances"]
    }
    # The embedded mock is the demo account after its seeded year: the same as a mock built alike.
    same = MockApp(embedded_mock_config()).exchange.accounts
    main_account, sub1 = same.get("main"), same.get("main").sub("sub1@demo.mock")
    assert rows[("main", "spot", "USDT")] == main_account.spot.balance("USDT").total
    assert rows[("main", "spot", "BTC")] == main_account.spot.balance("BTC").total
    assert rows[("sub1@demo.mock", "spot", "USDT")] == sub1.spot.balance("USDT").total
    assert rows[("main", "spot", "USDT")] > 0


def test_credentials_never_come_from_the_command_line(account: Account) -> None:
    result = account.invoke("export", "--api-key", "x")
    assert result.exit_code == 2 and "No such option" in result.output
    missing = account.invoke(
        "inventory", "--base-url", "http://mock.local", env={name: "" for name in CREDENTIALS}
    )
    assert "BITMART_API_KEY" in one_line_error(missing) and missing.exit_code == 2


def test_bad_input_gets_one_line_and_a_non_zero_exit(account: Account, tmp_path: Path) -> None:
    assert "http(s) URL" in one_line_error(account.invoke("inventory", "--base-url", "ftp://nowhere"))
    assert "exclude each other" in one_line_error(
        account.invoke("inventory", "--mock", "--base-url", "http://x")
    )
    assert "not a date" in one_line_error(account.invoke("export", "--since", "last tuesday"))
    unknown_key = {**CREDENTIALS, "BITMART_API_KEY": "not-a-key"}
    refused = account.invoke("inventory", "--base-url", "http://mock.local", env=unknown_key)
    assert refused.exit_code == 1 and "refused the credentials" in one_line_error(refused)
    wrong_secret = {**CREDENTIALS, "BITMART_API_SECRET": "not-the-secret"}
    unsigned = account.invoke(
        "export", "--base-url", "http://mock.local", "--db", str(tmp_path / "y.db"), env=wrong_secret
    )
    assert unsigned.exit_code == 1 and "refused the credentials" in one_line_error(unsigned)
    unwritable = account.invoke(
        "export", "--base-url", "http://mock.local", "--db", str(tmp_path / "no" / "x.db")
    )
    assert unwritable.exit_code == 1 and "cannot use the export file" in one_line_error(unwritable)


def test_an_unreachable_server_is_one_line() -> None:
    overrides = Overrides(retry=RetryPolicy(max_attempts=1))
    result = CliRunner().invoke(
        main, ["inventory", "--base-url", "http://127.0.0.1:9"], obj=overrides, env=CREDENTIALS
    )
    assert result.exit_code == 1 and "cannot reach http://127.0.0.1:9" in one_line_error(result)


def _windows(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM export_windows").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_an_export_killed_with_sigkill_resumes_complete_without_a_429(tmp_path: Path) -> None:
    # A real server with BitMart's rate limits, the command in its own process: the case that
    # needs sockets. The client's limiter must keep every request under the limits.
    with MockServer(MockApp(MockConfig(rate_limits=True, validate_responses=True))) as server:
        clock = ExchangeClock(int(time.time() * 1000))
        client = connect("mock-key", "mock-secret", "mock-memo", base_url=server.url, rate_limit=True)
        quick_history(client, server.app, clock)
        db = tmp_path / "x.sqlite"
        since = datetime.fromtimestamp(time.time() - 200 * 86_400, UTC).date().isoformat()
        command = [
            sys.executable,
            "-m",
            "bitmart_cli",
            "export",
            "--base-url",
            server.url,
            "--db",
            str(db),
            "--since",
            since,
        ]
        env = {**os.environ, **CREDENTIALS}
        first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while _windows(db) < 5 and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        assert first.returncode == -signal.SIGKILL
        saved = _windows(db)
        time.sleep(2.1)  # BitMart's windows are 2 s: a person restarting takes longer than that
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
        assert second.returncode == 0, second.stderr
        assert 0 < saved < _windows(db)
        assert [entry for entry in server.app.journal if entry.status == 429] == []
        wanted = expected(server.app.exchange, int(time.time() * 1000))
        with sqlite3.connect(db) as conn:
            for table in ("spot_trades", "futures_trades", "futures_orders", "deposits", "withdrawals"):
                found = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
                assert found == len(wanted[table]), table  # type: ignore[arg-type]


def test_on_a_terminal_each_table_gets_a_bar_with_windows_and_records() -> None:
    import io

    from bitmart_cli._output import BarProgress
    from rich.console import Console

    screen = io.StringIO()
    with BarProgress(Console(file=screen, force_terminal=True, width=120)) as bars:
        bars.planned("spot_orders", 3)
        bars.advanced("spot_orders", 10)
        bars.advanced("spot_orders", 5)
        bars.note("broker_rebates: unavailable")
    shown = screen.getvalue()
    assert "2/3" in shown and "15 records" in shown and "broker_rebates: unavailable" in shown
