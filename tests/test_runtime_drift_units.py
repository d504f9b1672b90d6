"""The drift machinery piece by piece: the schema checker, the recorder, the report, parsing."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from bitmart_client.error_codes import ERROR_CODES
from bitmart_runtime import UnexpectedResponseError, lenient
from bitmart_runtime._drift_record import blank, save_answer
from bitmart_runtime._schema_check import DriftEntry, SchemaChecker
from bitmart_runtime.drift import Finding, build_report, main
from bitmart_runtime.parsing import ParseOptions, parse_answer

DOCUMENT: dict[str, Any] = {
    "x-bitmart-identifiers": ["id"],
    "x-bitmart-personal": ["email"],
    "paths": {
        "/thing": {
            "get": {
                "operationId": "get_thing",
                "responses": {
                    "200": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            "Thing": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {
                        "allOf": [
                            {
                                "type": "object",
                                "properties": {"size": {"type": "string", "pattern": "^\\d+$"}},
                            }
                        ]
                    },
                    {
                        "anyOf": [
                            {"type": "object", "required": ["kind"]},
                            {"type": "object", "required": ["sort"]},
                        ]
                    },
                    {
                        "type": "object",
                        "properties": {
                            "kind": {"enum": ["a", "b"]},
                            "sort": {"const": 1},
                            "rows": {
                                "type": "array",
                                "minItems": 1,
                                "maxItems": 2,
                                "items": {"type": "integer"},
                            },
                            "pair": {
                                "type": "array",
                                "prefixItems": [{"type": "string"}, {"type": "number"}],
                            },
                            "map": {"type": "object", "additionalProperties": {"type": "boolean"}},
                            "free": {"type": "object"},
                            "maybe": {"type": ["string", "null"]},
                            "email": {"type": "string"},
                        },
                    },
                ]
            },
        }
    },
}
CHECKER = SchemaChecker(DOCUMENT)
GOOD = {
    "id": "1",
    "size": "12",
    "kind": "a",
    "rows": [1],
    "pair": ["x", 1.5],
    "map": {"x": True},
    "free": {"z": 1},
}


def _kinds(body: Any) -> set[tuple[str, str]]:
    return {(entry.path, entry.kind) for entry in CHECKER.check_answer("get_thing", body)}


def test_a_conforming_answer_has_no_drift() -> None:
    assert _kinds(GOOD) == set()
    assert _kinds({**GOOD, "maybe": None, "sort": 1}) == set()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"size": "1.5"}, ("$.size", "pattern")),
        ({"kind": "c"}, ("$.kind", "enum")),
        ({"sort": 2}, ("$.sort", "const")),
        ({"rows": []}, ("$.rows", "length")),
        ({"rows": [1, "2"]}, ("$.rows[1]", "type")),
        ({"pair": ["x", "y"]}, ("$.pair[1]", "type")),
        ({"map": {"x": 1}}, ("$.map['x']", "type")),
        ({"new": 1}, ("$.new", "extra")),
        ({"maybe": 3}, ("$.maybe", "type")),
        ({"id": None}, ("$.id", "null")),
    ],
)
def test_each_kind_of_departure_is_found_with_its_path(
    change: dict[str, Any], expected: tuple[str, str]
) -> None:
    assert expected in _kinds({**GOOD, **change})


def test_free_form_objects_take_any_field_and_identifiers_are_flagged() -> None:
    assert _kinds({**GOOD, "free": {"anything": [1]}}) == set()
    missing = CHECKER.check_answer("get_thing", {k: v for k, v in GOOD.items() if k != "id"})
    assert [(e.path, e.identifier, e.schema) for e in missing if e.kind == "missing"] == [
        ("$.id", True, "Thing")
    ]
    assert not CHECKER.has_unread_enums("get_thing")
    with pytest.raises(KeyError, match="no operation"):
        CHECKER.answer_schema("nope")


def test_no_branch_of_an_any_of_fits() -> None:
    body = {k: v for k, v in GOOD.items() if k != "kind"}
    assert ("$.kind", "missing") in _kinds(body) or ("$.sort", "missing") in _kinds(body)


def test_sites_follow_the_fitting_branch() -> None:
    sites = {site.location for site in CHECKER.sites(CHECKER.answer_schema("get_thing"), GOOD)}
    assert ("rows", 0) in sites and ("pair", 1) in sites and ("map", "x") in sites


def test_blank_keeps_types_and_removes_personal_content() -> None:
    body = {"email": "a@b.c", "inner": [{"email": ""}, {"email": 5}, {"email": None}], "x": 1}
    assert blank(body, frozenset({"email"})) == {
        "email": "REDACTED",
        "inner": [{"email": ""}, {"email": 0}, {"email": None}],
        "x": 1,
    }
    assert blank({"email": [1], "e2": {"email": {"k": 1}}}, frozenset({"email"})) == {
        "email": [],
        "e2": {"email": {}},
    }


def test_saving_is_capped_per_kind_of_drift(tmp_path: Path) -> None:
    entry = DriftEntry("$.only_here_for_the_cap", "extra", "no such field", "string")
    saved = [save_answer(tmp_path, "cap_test", 200, {"a": 1}, [entry], None) for _ in range(8)]
    assert sum(path is not None for path in saved) == 5
    assert json.loads(saved[0].read_text())["body"] == {"a": 1}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("missing", "drop `x` from `required`"),
        ("null", "allow null"),
        ("extra", "declare `x`"),
        ("enum", "add 'v' to the enum"),
        ("type", "the document says string"),
        ("pattern", "widen the pattern"),
        ("length", "expected"),
    ],
)
def test_every_kind_has_a_suggested_edit(kind: str, words: str) -> None:
    finding = Finding(DriftEntry("$.x", kind, "string", "number", "S"), values={"'v'"})
    assert words in finding.suggestion()


def test_the_report_speaks_json_and_refuses_unknown_operations_and_documents(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(DOCUMENT))
    answer = tmp_path / "a.json"
    answer.write_text(json.dumps({"operation": "get_thing", "body": {**GOOD, "kind": "z"}}))
    out = io.StringIO()
    assert main(["--spec", str(spec), "--json", str(tmp_path / "a.json")], out=out) == 1
    [finding] = json.loads(out.getvalue())
    assert finding["kind"] == "enum" and finding["values"] == ["'z'"]
    other = tmp_path / "b.json"
    other.write_text(json.dumps({"operation": "unknown_op", "body": {}}))
    report = build_report([other], CHECKER)
    assert report.problems and "no operation" in report.problems[0]
    assert main(["--spec", str(tmp_path / "missing.json"), str(answer)], out=io.StringIO()) == 2
    assert main(["--spec", str(spec), str(tmp_path / "nowhere.json")], out=io.StringIO()) == 2


def _response(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body, request=httpx.Request("GET", "https://example.invalid/"))


def _model(data: Any) -> dict[str, Any]:
    lenient.note("Model", "x", "string", None)
    return dict(data)


def test_without_a_document_the_notes_themselves_are_the_drift() -> None:
    envelope = {"code": 1000, "message": "OK", "trace": "t", "data": {}}
    parsed, drift = parse_answer(
        "get_thing", _response(envelope), _model, ParseOptions(), error_codes=ERROR_CODES
    )
    assert parsed["code"] == 1000
    assert [(entry.kind, entry.schema) for entry in drift] == [("model", "Model")]


def test_a_model_that_cannot_be_built_is_an_unexpected_response() -> None:
    def broken(data: Any) -> Any:
        raise KeyError("gone")

    envelope = {"code": 1000, "message": "OK", "trace": "t", "data": {}}
    with pytest.raises(UnexpectedResponseError, match="cannot be read"):
        parse_answer("get_thing", _response(envelope), broken, error_codes=ERROR_CODES)


def test_plain_and_shape_cover_every_json_type() -> None:
    values: tuple[object, ...] = (None, True, 1, 1.5, "s", [], {}, lenient.note)
    shapes = [lenient.shape(v) for v in values]
    assert shapes == ["null", "boolean", "integer", "number", "string", "array", "object", "function"]
    assert lenient.plain([[1], "x"]) == [[1], "x"]


def test_map_keys_are_data_so_one_field_is_one_pattern() -> None:
    found = CHECKER.check_answer("get_thing", {**GOOD, "map": {"2025-11-21": 1, "it's": 2}})
    assert {entry.path for entry in found} == {"$.map['2025-11-21']", "$.map['it\\'s']"}
    assert {entry.pattern for entry in found} == {"$.map[*]"}
