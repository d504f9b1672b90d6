"""Fixtures shared by the whole suite: the spec bundle, BitMart reference data, a running mock."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import own_tests_coverage
import pytest

if TYPE_CHECKING:
    from bitmart_mock import MockServer
    from exchange_clock import ExchangeClock

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

# The project's own tests read answers strictly: any departure of the mock's answers from the
# document fails the test that saw it. Tests of lenient reading pass strict=False themselves.
os.environ["BITMART_STRICT"] = "1"


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--coverage-of`` and ``--coverage-by`` (see ``own_tests_coverage``)."""
    own_tests_coverage.add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    """Start measuring, when the tests session asked for it."""
    own_tests_coverage.register(config)


@pytest.fixture(scope="session")
def bundle() -> dict[str, Any]:
    """The OpenAPI document merged from ``spec/`` (not the committed copy: that one is checked
    against this by the check_generated session).

    ``BITMART_SPEC_AREAS=a,b`` restricts it to those areas, to check one area while others are
    being written (the completeness tests then fail, as they should).
    """
    from bitmart_codegen import bundle as merge

    areas = os.environ.get("BITMART_SPEC_AREAS")
    if areas:
        return merge(REPO / "spec", areas.split(","))
    return _cached(_bundle_key(), lambda: merge(REPO / "spec"))


def _bundle_key() -> str:
    """A digest of every input of the bundle: the spec's files and the bundler's own source."""
    import bitmart_codegen

    digest = hashlib.sha256()
    for root, pattern in ((REPO / "spec", "*.yaml"), (Path(bitmart_codegen.__file__).parent, "*.py")):
        for path in sorted(root.rglob(pattern)):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _cached(key: str, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    # The pure-Python YAML 1.2 parse takes seconds, and every xdist worker of every pytest run
    # needs the bundle: it is kept as JSON under a name that changes with any of its inputs.
    path = Path(tempfile.gettempdir()) / f"bitmart-openapi-bundle-{key}.json"
    with contextlib.suppress(OSError, ValueError):
        cached: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return cached
    document = build()
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        partial.write_text(json.dumps(document), encoding="utf-8")
        os.replace(partial, path)  # atomic: a concurrent worker reads the old file or the new one
    return document


@pytest.fixture(scope="session")
def reference_endpoints() -> list[dict[str, Any]]:
    """The 141 endpoints compiled in ``shared/reference/bitmart_endpoints.json``."""
    data: list[dict[str, Any]] = json.loads((DATA / "bitmart_endpoints.json").read_text())
    return data


@pytest.fixture(scope="session")
def reference_behaviour() -> dict[str, Any]:
    """Envelope, error codes, rate limits and signing vectors from ``shared/reference``."""
    data: dict[str, Any] = json.loads((DATA / "bitmart_behaviour.json").read_text())
    return data


@pytest.fixture(scope="session")
def seed_endpoints() -> list[dict[str, str]]:
    """The 75 endpoints of the project's founding documents, with auth type and permission."""
    with (DATA / "seed_endpoints.tsv").open(newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture
def restore_loggers() -> Iterator[None]:
    """Put the client's loggers back as they were: ``connect(log_level=...)`` sets their levels
    and may add a handler."""
    import logging

    from bitmart_auth._logging import LOGGERS

    saved = {
        name: (logging.getLogger(name).level, list(logging.getLogger(name).handlers)) for name in LOGGERS
    }
    yield
    for name, (level, handlers) in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.handlers[:] = handlers


# The mock tests that move time. The project's packages are imported inside the fixtures: the
# conftest loads before coverage starts, and a module imported here would count as untested
# (the same goes for the fixture above).
@pytest.fixture
def clock() -> ExchangeClock:
    """The mock exchange's clock for one test, at ``START_MS``; the test moves it."""
    from exchange_clock import ExchangeClock

    return ExchangeClock()


@pytest.fixture
def server(clock: ExchangeClock) -> Iterator[MockServer]:
    """A loopback mock running on ``clock`` for one test; none of its answers may stray from the
    spec. Modules that share one mock between their tests override both fixtures."""
    from exchange_clock import clocked_server

    with clocked_server(clock) as running:
        yield running
        assert running.app.violations == []
