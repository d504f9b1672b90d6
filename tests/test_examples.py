"""Every script in ``examples/`` runs green against a fresh mock, as a user would run it.

The scripts are found by listing the folder, so a new example is tested without touching this
file. Each runs as ``__main__`` in this process (``runpy``: no interpreter start-up per
script) with ``BITMART_BASE_URL`` and ``BITMART_API_*`` pointing at its own ``MockServer``;
an exception or a non-zero exit fails it. The scripts import the folder's shared
``_connection.py`` (where to connect, and with which key) as a plain module: ``python
examples/x.py`` finds it because Python puts the script's folder first on ``sys.path``, and the
runs here do the same.
"""

from __future__ import annotations

import ast
import runpy
import sys
from pathlib import Path

import pytest
from bitmart_mock import MockServer

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(path for path in EXAMPLES.glob("*.py") if not path.name.startswith("_"))
# What the scripts share: private modules, which are not examples and need no mock to run.
SHARED = sorted(path for path in EXAMPLES.glob("_*.py"))
# The one import users need; the mock is named only by the scripts that start one themselves, and
# withdraw-all's planner only by the withdrawal-plan example. The shared modules of ``examples/``
# are not project packages: a script may import them.
ALLOWED_PACKAGES = {"bitmart_openapi", "bitmart_mock", "bitmart_withdraw"}
PROJECT_PACKAGES = {
    "bitmart_openapi",
    "bitmart_mock",
    "bitmart_withdraw",
    "bitmart_client",
    "bitmart_auth",
    "bitmart_runtime",
}


def test_there_are_enough_examples() -> None:
    assert len(SCRIPTS) >= 20


def _imports(tree: ast.Module) -> set[str]:
    """The top-level names of every module ``tree`` imports."""
    return {
        (node.module or "").split(".")[0] if isinstance(node, ast.ImportFrom) else alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }


@pytest.mark.parametrize("script", SCRIPTS, ids=[path.stem for path in SCRIPTS])
def test_the_example_imports_only_the_facade(script: Path) -> None:
    tree = ast.parse(script.read_text(encoding="utf-8"))
    imported = _imports(tree)
    assert "bitmart_openapi" in imported
    assert imported & PROJECT_PACKAGES <= ALLOWED_PACKAGES
    local = {path.stem for path in EXAMPLES.glob("*.py")}
    assert imported & local <= {path.stem for path in SHARED}, "an example imports no other example"
    assert ast.get_docstring(tree), "each example says what it does and how to run it"


@pytest.mark.parametrize("module", SHARED, ids=[path.stem for path in SHARED])
def test_what_the_examples_share_imports_no_more_than_they_may(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    assert _imports(tree) & PROJECT_PACKAGES <= ALLOWED_PACKAGES
    assert ast.get_docstring(tree), "a shared module says what it is for"


def _run(script: Path) -> object:
    """Run ``script`` as ``__main__``; its exit code (``None`` when it ends normally)."""
    try:
        runpy.run_path(str(script), run_name="__main__")
    except SystemExit as stop:
        return stop.code
    return None


@pytest.mark.usefixtures("restore_loggers")
@pytest.mark.parametrize("script", SCRIPTS, ids=[path.stem for path in SCRIPTS])
def test_the_example_runs_against_the_mock(
    script: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with MockServer() as server:
        monkeypatch.setenv("BITMART_BASE_URL", server.url)
        monkeypatch.setenv("BITMART_API_KEY", "mock-key")
        monkeypatch.setenv("BITMART_API_SECRET", "mock-secret")
        monkeypatch.setenv("BITMART_API_MEMO", "mock-memo")
        monkeypatch.delenv("BITMART_PROXY", raising=False)
        monkeypatch.setattr(sys, "argv", [str(script)])
        # As `python examples/x.py` does; runpy.run_path adds nothing to sys.path for a file.
        monkeypatch.syspath_prepend(str(EXAMPLES))
        exit_code = _run(script)
    assert exit_code in (0, None), f"{script.name} exited with {exit_code}"
    assert capsys.readouterr().out.strip(), f"{script.name} printed nothing"
