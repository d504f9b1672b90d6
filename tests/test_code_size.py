"""No hand-written class over 250 lines and no function over 60 (CONVENTIONS.md, issue 15).

Measured on the syntax tree of every module of the hand-written packages (decorators and
docstrings count, blank lines inside count): a class or function that grows past its limit fails
this test with its place and size.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("auth_plugin", "runtime", "mock_server", "generator", "cli", "withdraw", "facade")
"""The hand-written packages (those that exist); ``generated/`` is generated, tests are tests."""
MAX_CLASS_LINES = 250
MAX_FUNCTION_LINES = 60


def _modules() -> list[Path]:
    roots = [REPO / name for name in PACKAGES if (REPO / name).is_dir()]
    return sorted(path for root in roots for path in root.rglob("*.py") if ".nox" not in path.parts)


def _oversized() -> dict[str, int]:
    found: dict[str, int] = {}
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                limit = MAX_CLASS_LINES
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                limit = MAX_FUNCTION_LINES
            else:
                continue
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            size = (node.end_lineno or node.lineno) - first + 1
            if size > limit:
                found[f"{path.relative_to(REPO).as_posix()}::{node.name}"] = size
    return found


def test_the_packages_are_found() -> None:
    assert len(_modules()) > 50


def test_no_class_over_250_lines_and_no_function_over_60() -> None:
    oversized = _oversized()
    assert oversized == {}, "\n".join(f"{name}: {size} lines" for name, size in sorted(oversized.items()))
