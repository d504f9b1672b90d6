"""The coverage gate counts only what a package's own tests reach (``own_tests_coverage``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import coverage

HERE = Path(__file__).resolve().parent


def _project(root: Path) -> None:
    package = root / "measured"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "parts.py").write_text(
        "def reached_by_its_own_test():\n    return 1\n\n\ndef reached_by_another_test():\n    return 2\n"
    )
    (root / "conftest.py").write_text(
        "import own_tests_coverage\n\n\n"
        "def pytest_addoption(parser):\n    own_tests_coverage.add_options(parser)\n\n\n"
        "def pytest_configure(config):\n    own_tests_coverage.register(config)\n"
    )
    (root / "test_measured.py").write_text(
        "from measured.parts import reached_by_its_own_test\n\n\n"
        "def test_own():\n    assert reached_by_its_own_test() == 1\n"
    )
    (root / "test_elsewhere.py").write_text(
        "from measured.parts import reached_by_another_test\n\n\n"
        "def test_other():\n    assert reached_by_another_test() == 2\n"
    )


def _pytest(root: Path, *options: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), str(HERE)]),
        "COVERAGE_FILE": str(root / ".coverage"),
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",  # hypothesis, schemathesis...: seconds, not needed
    }
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options]
    return subprocess.run(command, cwd=root, env=environment, capture_output=True, text=True, check=False)


def test_a_line_reached_only_by_another_packages_test_is_not_counted(tmp_path: Path) -> None:
    _project(tmp_path)
    result = _pytest(tmp_path, "--coverage-of=measured", "--coverage-by=test_measured.py")
    assert result.returncode == 0, result.stdout + result.stderr
    combined = coverage.Coverage(data_file=str(tmp_path / ".coverage"))
    combined.combine([str(tmp_path)])
    data = combined.get_data()
    lines = data.lines(str(tmp_path / "measured" / "parts.py")) or []
    assert {1, 2, 5} <= set(lines)  # the definitions (at import) and the own test's body
    assert 6 not in lines  # run, but only by test_elsewhere.py


def test_one_option_without_the_other_is_refused(tmp_path: Path) -> None:
    _project(tmp_path)
    result = _pytest(tmp_path, "--coverage-of=measured")
    assert result.returncode != 0
    assert "--coverage-of and --coverage-by go together" in result.stderr
