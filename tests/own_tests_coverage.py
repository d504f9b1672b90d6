"""Branch coverage of a few packages, counted only while their own tests run.

``--coverage-of=bitmart_runtime --coverage-by='test_runtime_*.py'`` measures ``bitmart_runtime``
during the tests of the files that match, and nowhere else: a line reached only by a mock or an
export test does not count as tested. The rest of the suite runs without a tracer, at full speed,
in the same pytest run (one start-up and one collection for the whole suite, not two).

Each process (each xdist worker) writes its own data file next to ``COVERAGE_FILE``; the caller
then runs ``coverage combine`` and ``coverage report``.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Generator, Sequence
from fnmatch import fnmatch

import pytest

__all__ = ["OwnTestsCoverage", "add_options", "register"]


def add_options(parser: pytest.Parser) -> None:
    """The two options, for a conftest's ``pytest_addoption``."""
    group = parser.getgroup("own-tests coverage")
    group.addoption("--coverage-of", action="append", default=[], metavar="PACKAGE")
    group.addoption("--coverage-by", action="append", default=[], metavar="TEST_FILE_GLOB")


def register(config: pytest.Config) -> None:
    """Measure when both options are given; a conftest's ``pytest_configure`` calls this."""
    packages: list[str] = config.getoption("coverage_of")
    globs: list[str] = config.getoption("coverage_by")
    if bool(packages) != bool(globs):
        raise pytest.UsageError("--coverage-of and --coverage-by go together")
    if packages:
        config.pluginmanager.register(OwnTestsCoverage(packages, globs), "own-tests-coverage")


class OwnTestsCoverage:
    """The plugin: coverage on for the matching test files' tests, off for every other."""

    def __init__(self, packages: Sequence[str], globs: Sequence[str]) -> None:
        early = sorted(name for name in sys.modules if name.split(".")[0] in packages)
        if early:
            # Their definitions ran before measuring began: the figure would be wrong, not low.
            raise pytest.UsageError(f"imported before coverage could start: {', '.join(early)}")
        import coverage  # only the tests session measures: the docs session runs without it

        self._packages = list(packages)
        self._globs = list(globs)
        self._coverage = coverage.Coverage(source=self._packages, data_suffix=True)

    def pytest_sessionstart(self) -> None:
        """Import every module of the packages under measure, so that definitions count."""
        self._coverage.start()
        try:
            for name in self._packages:
                package = importlib.import_module(name)
                for module in pkgutil.walk_packages(package.__path__, f"{name}."):
                    importlib.import_module(module.name)
        finally:
            self._coverage.stop()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, None, None]:
        """Measure setup, call and teardown of a test from a matching file."""
        own = any(fnmatch(item.path.name, glob) for glob in self._globs)
        if own:
            self._coverage.start()
        try:
            yield
        finally:
            if own:
                self._coverage.stop()

    def pytest_sessionfinish(self) -> None:
        """Write this process's data file."""
        self._coverage.save()
