"""Fixtures shared by the whole suite: the spec bundle, BitMart reference data, a running mock."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

# The project's own tests read answers strictly: any departure of the mock's answers from the
# document fails the test that saw it. Tests of lenient reading pass strict=False themselves.
os.environ["BITMART_STRICT"] = "1"


@pytest.fixture(scope="session")
def bundle() -> dict[str, Any]:
    """The OpenAPI document merged from ``spec/`` (not the committed copy: that one is checked
    against this by the check_generated session).

    ``BITMART_SPEC_AREAS=a,b`` restricts it to those areas, to check one area while others are
    being written (the completeness tests then fail, as they should).
    """
    from bitmart_codegen import bundle as merge

    areas = os.environ.get("BITMART_SPEC_AREAS")
    return merge(REPO / "spec", areas.split(",") if areas else None)


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
