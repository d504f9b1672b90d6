"""Answers other projects recorded from BitMart, replayed against the document and the client.

Each file under ``tests/data/recorded/<operation>/`` holds one success answer (the whole
envelope) with the place it was published (repository, path, commit). Every answer must
validate against the operation's documented success schema and parse through the generated
client without losing anything; the few the document deliberately does not follow are listed in
``KNOWN_DIFFERENCES`` with the ``spec/NOTES.md`` section that argues the choice. Recorded error
answers (``tests/data/recorded_errors/``) must raise the typed exception of their code.

To add a sample, drop a file of the same form into the folder: the tests pick it up.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from bitmart_client import Client
from bitmart_client.error_codes import ERROR_CODES
from bitmart_client.operations import OPERATIONS
from bitmart_runtime import BitMartAPIError, DriftError
from bitmart_runtime.errors import ERROR_CLASSES
from bitmart_runtime.jsonpointer import join
from conftest import REPO
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

DATA = REPO / "tests" / "data"
RECORDED = DATA / "recorded"
RECORDED_ERRORS = DATA / "recorded_errors"
NOTES = REPO / "spec" / "NOTES.md"
MIN_OPERATIONS = 60
BUNDLE_URI = "urn:bitmart"
KINDS = {"live recording", "documentation example"}
COMMIT = re.compile(r"^[0-9a-f]{40}$")
REPOSITORY = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")

KNOWN_DIFFERENCES: dict[str, str] = {
    "get_spot_trade_fee_rate/ccxt": "Recorded answers: kept differences (/spot/v1/trade_fee before 2023)",
    "get_withdraw_quota/ccxt": "Recorded answers: kept differences (/account/v1/withdraw/charge before 2023)",
    "get_futures_funding_rate_history/bitmart-skills-futures": (
        "Recorded answers: kept differences (funding-rate-history funding_time)"
    ),
}
"""Samples that contradict the document on purpose, with the NOTES.md section saying why."""

STRICT_PARSE_FAILURES: set[str] = set()
"""Samples the client cannot read even leniently. None since lenient reading (issue 11); a sample
added here must come with a reason."""


@dataclass(frozen=True)
class Sample:
    """One recorded answer and where it came from."""

    key: str
    operation: str
    source: dict[str, Any]
    status: int
    body: Any

    @classmethod
    def load(cls, path: Path) -> Sample:
        record = json.loads(path.read_text())
        return cls(
            key=f"{path.parent.name}/{path.stem}",
            operation=record["operation"],
            source=record["source"],
            status=record["status"],
            body=record["body"],
        )


def _load(folder: Path) -> list[Sample]:
    return [Sample.load(path) for path in sorted(folder.glob("*/*.json"))]


SAMPLES = _load(RECORDED)
ERROR_SAMPLES = _load(RECORDED_ERRORS)


def _params(samples: list[Sample]) -> list[Any]:
    refused = pytest.mark.xfail(strict=True, reason="strict models refuse it")
    return [
        pytest.param(s, id=s.key, marks=[refused] if s.key in STRICT_PARSE_FAILURES else []) for s in samples
    ]


@pytest.fixture(scope="module")
def registry(bundle: dict[str, Any]) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(bundle, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(BUNDLE_URI, resource)
    return registry


def _validator(registry: Registry[Any], *tokens: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": BUNDLE_URI + "#" + join(*tokens)}, registry=registry)


def _response(sample: Sample) -> httpx.Response:
    operation = OPERATIONS[sample.operation]
    request = httpx.Request(operation.method, "https://bitmart.invalid" + operation.path)
    return httpx.Response(sample.status, json=sample.body, request=request)


def _operation_module(bundle: dict[str, Any], operation_id: str) -> Any:
    operation = OPERATIONS[operation_id]
    tag = bundle["paths"][operation.path][operation.method.lower()]["tags"][0]
    area = tag.lower().replace(" ", "_").replace("-", "_")
    return importlib.import_module(f"bitmart_client.api.{area}.{operation_id}")


def _parse(module: Any, response: httpx.Response, *, strict: bool = False) -> Any:
    """Parse ``response`` as the generated operation does, leniently unless ``strict``."""
    client = Client(base_url="https://bitmart.invalid")
    options = dataclasses.replace(client.parse_options, strict=strict)
    return module._build_response(client=attrs.evolve(client, parse_options=options), response=response)


def _problems(validator: Draft202012Validator, value: Any) -> list[str]:
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]


@pytest.mark.parametrize("sample", SAMPLES + ERROR_SAMPLES, ids=lambda s: s.key)
def test_every_sample_names_its_source(sample: Sample) -> None:
    source = sample.source
    assert sample.operation == sample.key.split("/")[0]
    assert sample.operation in OPERATIONS
    assert REPOSITORY.match(source["repository"]), source["repository"]
    assert source["path"] and source["kind"] in KINDS and source["note"]
    # A commit pins the text; only a release published without one (ccxt 4.5.70) names the release.
    assert COMMIT.match(source["commit"] or "") or (source["commit"] is None and source["release"])
    assert isinstance(sample.body, dict) and "code" in sample.body


def test_success_samples_are_success_answers() -> None:
    assert all(s.status == 200 and s.body["code"] in (1000, "1000") for s in SAMPLES)
    assert all(s.body["code"] not in (1000, "1000") for s in ERROR_SAMPLES)


def test_corpus_covers_at_least_60_operations() -> None:
    covered = {sample.operation for sample in SAMPLES}
    assert len(covered) >= MIN_OPERATIONS, sorted(covered)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.key)
def test_sample_matches_the_documented_schema(sample: Sample, registry: Registry[Any]) -> None:
    operation = OPERATIONS[sample.operation]
    pointer = (
        "paths",
        operation.path,
        operation.method.lower(),
        "responses",
        "200",
        "content",
        "application/json",
        "schema",
        "oneOf",
        "0",
    )
    problems = _problems(_validator(registry, *pointer), sample.body)
    if sample.key in KNOWN_DIFFERENCES:
        assert problems, f"{sample.key} now matches the document: drop it from KNOWN_DIFFERENCES"
    else:
        assert not problems, "\n".join(problems)


@pytest.mark.parametrize("sample", _params(SAMPLES))
def test_sample_parses_through_the_generated_client(sample: Sample, bundle: dict[str, Any]) -> None:
    module = _operation_module(bundle, sample.operation)
    result = _parse(module, _response(sample))
    # Nothing BitMart sent is lost: the model gives back the very answer it was built from.
    assert result.parsed.to_dict() == sample.body
    if sample.key in KNOWN_DIFFERENCES:
        # Read, and the departure recorded; strict mode refuses it.
        assert result.drift
        with pytest.raises(DriftError):
            _parse(module, _response(sample), strict=True)
    else:
        assert result.drift == ()


def test_known_differences_are_samples_argued_in_the_notes() -> None:
    notes = NOTES.read_text()
    keys = {sample.key for sample in SAMPLES}
    for key, section in KNOWN_DIFFERENCES.items():
        assert key in keys, key
        assert f"tests/data/recorded/{key}.json" in notes, f"{key}: not in {section}"
    assert KNOWN_DIFFERENCES.keys() >= STRICT_PARSE_FAILURES


@pytest.mark.parametrize("sample", ERROR_SAMPLES, ids=lambda s: s.key)
def test_recorded_error_raises_the_exception_of_its_code(
    sample: Sample, bundle: dict[str, Any], registry: Registry[Any]
) -> None:
    assert not _problems(_validator(registry, "components", "schemas", "ErrorEnvelope"), sample.body)
    code = int(sample.body["code"])
    module = _operation_module(bundle, sample.operation)
    with pytest.raises(BitMartAPIError) as caught:
        _parse(module, _response(sample))
    assert caught.value.code == code
    assert caught.value.http_status == sample.status
    assert caught.value.operation == sample.operation
    assert isinstance(caught.value, ERROR_CLASSES[ERROR_CODES[code].kind])
