"""Package boundaries: the runtime never imports the generated package (the tables are handed to
it), either import order works, and no BitMart error code is written into the hand-written client
code (every such set is derived from the error-code table)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from bitmart_client.error_codes import ERROR_CODES
from conftest import REPO

RUNTIME = REPO / "runtime" / "bitmart_runtime"
AUTH = REPO / "auth_plugin" / "bitmart_auth"


def _python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_runtime_imports_without_the_generated_package() -> None:
    modules = sorted(f"bitmart_runtime.{p.stem}" for p in RUNTIME.glob("*.py") if p.stem != "__init__")
    code = (
        f"import sys, importlib; [importlib.import_module(m) for m in {modules!r}]; "
        "print(sorted(m for m in sys.modules if m.startswith('bitmart_client')))"
    )
    assert _python(code) == "[]"


@pytest.mark.parametrize(
    "order",
    [
        ["bitmart_client", "bitmart_runtime"],
        ["bitmart_client.operations", "bitmart_client.error_codes", "bitmart_runtime.http"],
        ["bitmart_client.api.spot_market.get_spot_ticker", "bitmart_auth"],
        ["bitmart_runtime", "bitmart_client.api.spot_market.get_spot_ticker"],
        ["bitmart_auth"],
    ],
)
def test_every_import_order_works(order: list[str]) -> None:
    assert _python("; ".join(f"import {module}" for module in order) + "; print('ok')") == "ok"


def _imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def test_no_runtime_module_imports_the_generated_package_not_even_inside_a_function() -> None:
    offenders = {
        path.name: name
        for path in RUNTIME.glob("*.py")
        for name in _imports(path)
        if name.startswith("bitmart_client")
    }
    assert offenders == {}


def test_no_error_code_is_written_into_the_client_code() -> None:
    """Error codes in logic come from the table (its kind, its flags), never from a literal."""
    codes = set(ERROR_CODES)
    offenders = []
    for path in [*RUNTIME.glob("*.py"), *AUTH.glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Constant) and type(node.value) is int and node.value in codes:
                offenders.append(f"{path.name}:{node.lineno}: {node.value}")
    assert offenders == []
