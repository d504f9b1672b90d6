"""Answers that depart from the document still reach the user; strict mode refuses them.

Built from the document's own success examples, never written out per operation: each example
is mutated four ways (bitmart_mock.drifting) and read through the generated operation module,
leniently and strictly.
"""

from __future__ import annotations

import io
import json
import logging
import pickle
from pathlib import Path
from typing import Any

import httpx
import pytest
from bitmart_client import Client
from bitmart_client.client import DOCUMENT
from bitmart_mock.drifting import EXTRA_FIELD, MUTATIONS, UNLISTED, mutate
from bitmart_runtime import DriftError, ParseOptions, parsing
from bitmart_runtime._schema_check import SchemaChecker
from bitmart_runtime.drift import main as drift_main
from operation_harness import module_of, success_example

BUNDLE: dict[str, Any] = json.loads(DOCUMENT.read_text(encoding="utf-8"))
CHECKER = SchemaChecker(BUNDLE)
OPERATIONS = sorted(
    op["operationId"]
    for item in BUNDLE["paths"].values()
    for op in item.values()
    if isinstance(op, dict) and "operationId" in op
)


def _client(strict: bool, record: Path | None = None) -> Client:
    return Client(
        base_url="https://example.invalid",
        parse_options=ParseOptions(strict=strict, record_drift=record, document=DOCUMENT),
    )


def _read(operation: str, answer: Any, *, strict: bool, record: Path | None = None) -> Any:
    response = httpx.Response(200, json=answer, request=httpx.Request("POST", "https://example.invalid/"))
    return module_of(operation)._build_response(client=_client(strict, record), response=response)


def _cases() -> list[Any]:
    cases = []
    for operation in OPERATIONS:
        example = success_example(BUNDLE, operation)
        for kind in MUTATIONS:
            drifted, changed = mutate(CHECKER, CHECKER.answer_schema(operation), example, kind)
            if changed:
                cases.append(pytest.param(operation, kind, drifted, changed, id=f"{operation}-{kind}"))
    return cases


CASES = _cases()


@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_success_example_reads_strictly_without_drift(operation: str) -> None:
    response = _read(operation, success_example(BUNDLE, operation), strict=True)
    assert response.drift == ()
    assert response.parsed is not None


@pytest.mark.parametrize(("operation", "kind", "drifted", "changed"), CASES)
def test_a_drifting_answer_is_read_leniently_and_recorded(
    operation: str, kind: str, drifted: Any, changed: list[str]
) -> None:
    response = _read(operation, drifted, strict=False)
    model = module_of(operation)._build_response.__annotations__["return"]
    assert type(response.parsed).__name__ in str(model)
    seen = {entry.path for entry in response.drift}
    assert set(changed) <= seen, f"unrecorded: {set(changed) - seen}"
    if kind == "extra_field":
        # The added field is kept, where the model keeps unknown fields.
        assert EXTRA_FIELD in json.dumps(response.parsed.to_dict())


@pytest.mark.parametrize(("operation", "kind", "drifted", "changed"), CASES)
def test_a_drifting_answer_is_refused_in_strict_mode(
    operation: str, kind: str, drifted: Any, changed: list[str]
) -> None:
    with pytest.raises(DriftError) as raised:
        _read(operation, drifted, strict=True)
    assert set(changed) <= {entry.path for entry in raised.value.drift}


def test_the_mutations_reach_most_operations() -> None:
    # Floors from the document as it stands (141, 141, 83 and 37 operations): every answer has
    # objects with a string (the envelope at least); many have a required non-identifier scalar
    # (the envelope's message and trace are optional) and enums. A fall means the test stopped
    # testing, not that the client got better.
    reached = {kind: {case.values[0] for case in CASES if case.values[1] == kind} for kind in MUTATIONS}
    assert len(reached["extra_field"]) == len(OPERATIONS)
    assert len(reached["null_string"]) == len(OPERATIONS)
    assert len(reached["missing_field"]) >= 80
    assert len(reached["unlisted_enum"]) >= 35


def test_unlisted_enum_values_are_kept_as_sent() -> None:
    example = success_example(BUNDLE, "get_spot_order")
    drifted, changed = mutate(CHECKER, CHECKER.answer_schema("get_spot_order"), example, "unlisted_enum")
    order = _read("get_spot_order", drifted, strict=False).parsed.data
    assert order.side == UNLISTED and order.state == UNLISTED
    assert "$.data.side" in changed


def test_a_missing_field_becomes_unset_and_a_null_stays_none() -> None:
    answer = success_example(BUNDLE, "get_spot_order")
    answer = {**answer, "data": {**answer["data"], "priceAvg": None}}
    del answer["data"]["notional"]
    response = _read("get_spot_order", answer, strict=False)
    assert response.parsed.data.price_avg is None
    assert not response.parsed.data.notional  # UNSET is falsy
    kinds = {(entry.path, entry.kind) for entry in response.drift}
    assert kinds == {("$.data.priceAvg", "null"), ("$.data.notional", "missing")}


@pytest.mark.parametrize("identifier", ["orderId", "symbol"])
def test_an_answer_without_an_identifier_is_refused_even_leniently(identifier: str) -> None:
    answer = success_example(BUNDLE, "get_spot_order")
    answer = {**answer, "data": {k: v for k, v in answer["data"].items() if k != identifier}}
    with pytest.raises(DriftError, match="identifier") as raised:
        _read("get_spot_order", answer, strict=False)
    assert any(entry.identifier and entry.path == f"$.data.{identifier}" for entry in raised.value.drift)


def test_a_null_identifier_is_refused_too() -> None:
    answer = success_example(BUNDLE, "get_spot_order")
    answer = {**answer, "data": {**answer["data"], "orderId": None}}
    with pytest.raises(DriftError, match="identifier"):
        _read("get_spot_order", answer, strict=False)


def test_drift_is_logged_once_per_operation_and_field_without_values(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parsing, "_logged", set())  # other tests may have logged these already
    answer = success_example(BUNDLE, "get_spot_order")
    secret_looking = "987654.123456789"
    answer = {**answer, "data": {**answer["data"], "unheardOf": secret_looking, "state": "vanished"}}
    with caplog.at_level(logging.DEBUG, logger="bitmart_runtime.drift"):
        _read("get_spot_order", answer, strict=False)
        _read("get_spot_order", answer, strict=False)
    lines = [r.getMessage() for r in caplog.records if r.name == "bitmart_runtime.drift"]
    assert sum("$.data.unheardOf" in line for line in lines) == 1
    assert sum("$.data.state" in line for line in lines) == 1
    assert all(r.levelno == logging.WARNING for r in caplog.records if r.name == "bitmart_runtime.drift")
    assert not any(secret_looking in line or "vanished" in line for line in lines)


def test_recorded_answers_blank_personal_fields_and_feed_the_report(tmp_path: Path) -> None:
    example = success_example(BUNDLE, "get_deposit_withdraw_detail")
    record = example["data"]["record"]
    personal = {key: record[key] for key in ("address", "tx_id") if key in record}
    assert personal, "the example should carry an address or a transaction id"
    drifted = {**example, "data": {**example["data"], "record": {**record, "newField": 1}}}
    _read("get_deposit_withdraw_detail", drifted, strict=False, record=tmp_path)
    saved = list(tmp_path.glob("get_deposit_withdraw_detail-*.json"))
    assert len(saved) == 1
    text = saved[0].read_text(encoding="utf-8")
    assert not any(value and str(value) in text for value in personal.values())
    out = io.StringIO()
    assert drift_main([str(tmp_path)], out=out) == 1
    assert "$.data.record.newField" in out.getvalue() and "declare `newField`" in out.getvalue()


def test_the_report_is_clean_on_conforming_answers_and_refuses_bad_input(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps({"operation": "get_spot_order", "body": success_example(BUNDLE, "get_spot_order")})
    )
    out = io.StringIO()
    assert drift_main([str(good)], out=out) == 0
    assert "no departure" in out.getvalue()
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(success_example(BUNDLE, "get_spot_order")))
    assert drift_main([str(bare)], out=io.StringIO()) == 2  # no operation named
    assert drift_main(["--operation", "get_spot_order", str(bare)], out=io.StringIO()) == 0
    (tmp_path / "broken.json").write_text("{not json")
    assert drift_main([str(tmp_path / "broken.json")], out=io.StringIO()) == 2


def test_a_drift_error_survives_pickling_with_its_entries() -> None:
    answer = success_example(BUNDLE, "get_spot_order")
    answer = {**answer, "data": {k: v for k, v in answer["data"].items() if k != "orderId"}}
    with pytest.raises(DriftError) as raised:
        _read("get_spot_order", answer, strict=False)
    copy = pickle.loads(pickle.dumps(raised.value))  # noqa: S301 - our own bytes
    assert isinstance(copy, DriftError)
    assert copy.drift == raised.value.drift and str(copy) == str(raised.value)
    assert copy.operation == "get_spot_order"


def test_a_list_or_an_object_where_an_enum_value_belongs_is_kept_and_noted() -> None:
    # Neither can be looked up among the listed values (unhashable): still no exception.
    example = success_example(BUNDLE, "get_spot_open_orders")
    order = dict(example["data"][0], side=["buy"], state={"state": "new"})
    response = _read("get_spot_open_orders", dict(example, data=[order]), strict=False)
    assert response.parsed.data[0].side == ["buy"]
    assert response.parsed.data[0].state == {"state": "new"}
    assert {(entry.kind, entry.path) for entry in response.drift} >= {
        ("type", "$.data[0].side"),
        ("type", "$.data[0].state"),
    }
