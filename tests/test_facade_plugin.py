"""The pytest plugin the package registers: usable fixtures, and harmless without the mock extra."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest
from bitmart_openapi import BitMartClient
from bitmart_openapi._mock_command import main as mock_command

# Installing the client without `[mock]` leaves uvicorn out; None in sys.modules makes its
# import fail the same way, before anything could have imported it.
WITHOUT_THE_MOCK_EXTRA = "import sys\nsys.modules['uvicorn'] = None\n"

USER_TESTS = """
def test_without_fixtures():
    assert 1 + 1 == 2

def test_with_the_mock(bitmart_mock_server):
    assert bitmart_mock_server.url
"""


def test_the_entry_point_names_the_lazy_module() -> None:
    plugins = {e.name: e.value for e in importlib.metadata.entry_points(group="pytest11")}
    assert plugins["bitmart_mock"] == "bitmart_openapi.pytest_plugin"


def _run_pytest(folder: Path, conftest: str) -> subprocess.CompletedProcess[str]:
    (folder / "conftest.py").write_text(conftest)
    (folder / "test_user.py").write_text(USER_TESTS)
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:randomly",
        str(folder),
    ]
    return subprocess.run(command, capture_output=True, text=True, cwd=folder, check=False)


def test_pytest_runs_without_the_mock_extra_and_says_what_to_install(tmp_path: Path) -> None:
    result = _run_pytest(tmp_path, WITHOUT_THE_MOCK_EXTRA)
    assert "1 passed, 1 error" in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stdout
    assert "the BitMart mock fixtures need the mock extra (uvicorn is missing)" in result.stdout
    assert "pip install 'bitmart-openapi[mock]'" in result.stdout


def test_the_client_fixture(bitmart_mock_client: BitMartClient) -> None:
    wallet = bitmart_mock_client.spot_account.get_spot_wallet().data.wallet
    assert {balance.id for balance in wallet} >= {"USDT", "BTC", "ETH"}


def test_the_mock_command_without_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "bitmart_mock.__main__", None)
    assert mock_command() == 2
    assert "pip install 'bitmart-openapi[mock]'" in capsys.readouterr().err
