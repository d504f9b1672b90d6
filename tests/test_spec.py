"""The OpenAPI document: complete, consistent with BitMart's reference facts, and self-valid.

Each test names the operations that break a rule, so a failure says exactly what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from bitmart_codegen import iter_operations
from conftest import REPO
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

Op = tuple[str, str, dict[str, Any]]

SECURITY_BY_AUTH: dict[str, list[dict[str, list[str]]]] = {
    "NONE": [],
    "KEYED": [{"BitMartKey": []}],
    "SIGNED": [{"BitMartKey": [], "BitMartSign": [], "BitMartTimestamp": []}],
}
PUBLIC_PATHS = {
    "/spot/v1/currencies",
    "/spot/v1/symbols",
    "/spot/v1/symbols/details",
    "/spot/quotation/v3/tickers",
    "/spot/quotation/v3/ticker",
    "/spot/quotation/v3/lite-klines",
    "/spot/quotation/v3/klines",
    "/spot/quotation/v3/books",
    "/spot/quotation/v3/trades",
    "/system/time",
    "/system/service",
}
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def operations(bundle: dict[str, Any]) -> list[Op]:
    return iter_operations(bundle)


@pytest.fixture(scope="module")
def by_route(operations: list[Op]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(method, path): op for method, path, op in operations}


def _label(method: str, path: str) -> str:
    return f"{method} {path}"


def test_document_is_valid_openapi_31(bundle: dict[str, Any]) -> None:
    assert bundle["openapi"].startswith("3.1")
    validate_openapi(bundle)


def test_every_seed_endpoint_is_described_with_its_auth_and_permission(
    seed_endpoints: list[dict[str, str]], operations: list[Op]
) -> None:
    described = {path: op for _, path, op in operations}
    problems = []
    for row in seed_endpoints:
        op = described.get(row["path"])
        if op is None:
            problems.append(f"{row['path']}: missing")
            continue
        if op.get("x-bitmart-auth") != row["auth"]:
            problems.append(f"{row['path']}: auth {op.get('x-bitmart-auth')} != {row['auth']}")
        if op.get("x-bitmart-permission") != row["permission"]:
            problems.append(
                f"{row['path']}: permission {op.get('x-bitmart-permission')!r} != {row['permission']!r}"
            )
    assert len(seed_endpoints) == 75
    assert not problems, "\n".join(problems)


def test_every_public_and_futures_market_endpoint_is_described(operations: list[Op]) -> None:
    paths = {path for _, path, _ in operations}
    missing = sorted(PUBLIC_PATHS - paths)
    assert not missing, missing
    futures_public = [p for p in paths if p.startswith("/contract/public/")]
    assert len(futures_public) >= 9, futures_public


def test_every_reference_endpoint_is_described_with_its_method_and_host(
    reference_endpoints: list[dict[str, Any]], by_route: dict[tuple[str, str], dict[str, Any]]
) -> None:
    problems = []
    for ref in reference_endpoints:
        op = by_route.get((ref["method"], ref["path"]))
        if op is None:
            problems.append(f"{ref['method']} {ref['path']}: missing")
            continue
        host = op["servers"][0]["url"]
        if host != ref["host"]:
            problems.append(f"{ref['path']}: host {host} != {ref['host']}")
        if op["x-bitmart-auth"] != ref["auth"]:
            problems.append(f"{ref['path']}: auth {op['x-bitmart-auth']} != {ref['auth']}")
        if bool(op.get("deprecated")) != bool(ref["deprecated"]):
            problems.append(f"{ref['path']}: deprecated {op.get('deprecated')} != {ref['deprecated']}")
    assert not problems, "\n".join(problems)


def test_operation_ids_are_unique_snake_case(operations: list[Op]) -> None:
    ids = [op.get("operationId", "") for _, _, op in operations]
    bad = [i for i in ids if not SNAKE.match(i)]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not bad, bad
    assert not duplicates, duplicates


def test_every_operation_has_one_known_tag_summary_description_and_server(
    bundle: dict[str, Any], operations: list[Op]
) -> None:
    tags = {tag["name"] for tag in bundle["tags"]}
    hosts = set(bundle["x-bitmart-hosts"].values())
    problems = []
    for method, path, op in operations:
        label = _label(method, path)
        if len(op.get("tags", [])) != 1 or op["tags"][0] not in tags:
            problems.append(f"{label}: tags {op.get('tags')}")
        if not op.get("summary") or not op.get("description"):
            problems.append(f"{label}: summary or description missing")
        servers = op.get("servers", [])
        if len(servers) != 1 or servers[0]["url"] not in hosts:
            problems.append(f"{label}: servers {servers}")
        if "Rate limit" not in op.get("description", ""):
            problems.append(f"{label}: the description does not state the rate limit")
    assert not problems, "\n".join(problems)


def test_futures_paths_use_a_futures_host(bundle: dict[str, Any], operations: list[Op]) -> None:
    hosts = bundle["x-bitmart-hosts"]
    futures_like = ("/contract/", "/account/contract/", "/account/v1/transfer-contract")
    wrong = [
        path
        for _, path, op in operations
        if path.startswith(futures_like)
        and op["servers"][0]["url"] not in (hosts["futures"], hosts["futures_demo"])
    ]
    assert not wrong, wrong


def test_auth_extension_agrees_with_security(operations: list[Op]) -> None:
    problems = []
    for method, path, op in operations:
        auth = op.get("x-bitmart-auth")
        if auth not in SECURITY_BY_AUTH:
            problems.append(f"{_label(method, path)}: x-bitmart-auth {auth!r}")
        elif op.get("security") != SECURITY_BY_AUTH[auth]:
            problems.append(f"{_label(method, path)}: security {op.get('security')} does not match {auth}")
        if auth == "NONE" and "x-bitmart-permission" in op:
            problems.append(f"{_label(method, path)}: a public operation has a permission")
        if auth in ("KEYED", "SIGNED") and "x-bitmart-permission" not in op:
            problems.append(f"{_label(method, path)}: x-bitmart-permission missing (null if undocumented)")
    assert not problems, "\n".join(problems)


def test_rate_limit_extension_is_well_formed(operations: list[Op]) -> None:
    problems = []
    for method, path, op in operations:
        limit = op.get("x-bitmart-rate-limit") or {}
        ok = (
            isinstance(limit.get("count"), int)
            and limit["count"] > 0
            and isinstance(limit.get("window"), int | float)
            and limit["window"] > 0
            and limit.get("scope") in ("IP", "KEY", "UID")
        )
        if not ok:
            problems.append(f"{_label(method, path)}: {limit}")
        if op.get("x-bitmart-auth") == "NONE" and limit.get("scope") != "IP":
            problems.append(f"{_label(method, path)}: public operations are limited per IP")
    assert not problems, "\n".join(problems)


def test_error_responses_are_documented(operations: list[Op]) -> None:
    problems = []
    for method, path, op in operations:
        statuses = set(op["responses"])
        needed = {"200", "404", "429", "5XX"}
        if op["x-bitmart-auth"] != "NONE":
            needed |= {"401", "403"}
        if "requestBody" in op:
            needed |= {"400", "415"}
        elif any(p.get("in") == "query" or "$ref" in p for p in op.get("parameters", [])):
            needed |= {"400"} if not path.startswith("/spot/quotation/") else set()
        missing = sorted(needed - statuses)
        if missing:
            problems.append(f"{_label(method, path)}: no {missing}")
    assert not problems, "\n".join(problems)


def test_listed_error_codes_exist(bundle: dict[str, Any], operations: list[Op]) -> None:
    table = bundle["x-bitmart-error-codes"]
    unknown = [
        f"{_label(method, path)}: {code}"
        for method, path, op in operations
        for code in op.get("x-bitmart-errors", [])
        if str(code) not in table
    ]
    assert not unknown, unknown


def test_error_code_table_matches_the_reference(
    bundle: dict[str, Any], reference_behaviour: dict[str, Any]
) -> None:
    table = bundle["x-bitmart-error-codes"]
    reference = {str(entry["code"]): entry for entry in reference_behaviour["error_codes"]}
    assert set(table) == set(reference)
    mismatched = [code for code, entry in table.items() if entry["http"] != reference[code]["http_status"]]
    assert not mismatched, mismatched


def test_deprecated_operations_name_their_replacement(operations: list[Op]) -> None:
    silent = [
        _label(method, path)
        for method, path, op in operations
        if op.get("deprecated") and not re.search(r"/(spot|contract|account)/\S+", op["description"])
    ]
    assert not silent, silent


def _success_schema(op: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = op["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def test_success_responses_have_a_named_typed_envelope(bundle: dict[str, Any], operations: list[Op]) -> None:
    problems = []
    schemas = bundle["components"]["schemas"]
    for method, path, op in operations:
        schema = _success_schema(op)
        branches = schema.get("oneOf", [])
        if len(branches) != 2 or branches[1] != {"$ref": "#/components/schemas/ErrorEnvelope"}:
            problems.append(f"{_label(method, path)}: 200 must be oneOf [<Op>Response, ErrorEnvelope]")
            continue
        ref = branches[0].get("$ref", "")
        name = ref.rpartition("/")[2]
        if name not in schemas:
            problems.append(f"{_label(method, path)}: success branch is not a named schema")
            continue
        data = _find_data(schemas[name], schemas)
        if data is None:
            problems.append(f"{_label(method, path)}: {name} has no data property")
    assert not problems, "\n".join(problems)


def _find_data(schema: dict[str, Any], schemas: dict[str, Any]) -> Any:
    if "$ref" in schema:
        return _find_data(schemas[schema["$ref"].rpartition("/")[2]], schemas)
    if "data" in schema.get("properties", {}):
        return schema["properties"]["data"]
    for part in schema.get("allOf", []):
        found = _find_data(part, schemas)
        if found is not None:
            return found
    return None


def _free_form_objects(node: Any, where: str) -> Iterator[str]:
    if isinstance(node, dict):
        types = node.get("type")
        is_object = types == "object" or (isinstance(types, list) and "object" in types)
        composed = any(k in node for k in ("properties", "allOf", "oneOf", "anyOf", "$ref", "maxProperties"))
        extra = node.get("additionalProperties")
        if is_object and not composed and not isinstance(extra, dict):
            yield where
        for key, value in node.items():
            if key not in ("examples", "example"):
                yield from _free_form_objects(value, f"{where}.{key}" if where else key)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _free_form_objects(item, f"{where}[{index}]")


def test_free_form_objects_are_justified_in_notes(bundle: dict[str, Any]) -> None:
    notes = (REPO / "spec" / "NOTES.md").read_text()
    found = []
    for name, schema in bundle["components"]["schemas"].items():
        for where in _free_form_objects(schema, name):
            # Schema and property names only: "ErrorEnvelope.properties.data" -> "ErrorEnvelope.data".
            short = where.replace(".properties", "").replace(".items", "[]")
            if f"`{short}`" not in notes:
                found.append(short)
    assert not found, "free-form objects without a justification in NOTES.md: " + ", ".join(found)


def _examples(bundle: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(label, JSON pointer of the schema, example value) for every response example."""

    def escape(part: str) -> str:
        return part.replace("~", "~0").replace("/", "~1")

    for method, path, op in iter_operations(bundle):
        for status, response in op["responses"].items():
            if "$ref" in response:
                continue
            for media_type, media in response.get("content", {}).items():
                pointer = "/".join(
                    [
                        "#",
                        "paths",
                        escape(path),
                        method.lower(),
                        "responses",
                        status,
                        "content",
                        escape(media_type),
                        "schema",
                    ]
                )
                for name, example in media.get("examples", {}).items():
                    yield f"{method} {path} {status} {name}", pointer, example["value"]
    for name, response in bundle["components"].get("responses", {}).items():
        for media_type, media in response.get("content", {}).items():
            pointer = f"#/components/responses/{name}/content/{escape(media_type)}/schema"
            for example_name, example in media.get("examples", {}).items():
                yield f"response {name} {example_name}", pointer, example["value"]


def test_every_response_has_an_example(bundle: dict[str, Any], operations: list[Op]) -> None:
    missing = []
    responses = bundle["components"]["responses"]
    for method, path, op in operations:
        for status, response in op["responses"].items():
            target = responses[response["$ref"].rpartition("/")[2]] if "$ref" in response else response
            media = target.get("content", {}).get("application/json", {})
            if not media.get("examples"):
                missing.append(f"{_label(method, path)} {status}")
    assert not missing, missing


def test_every_example_validates_against_its_schema(bundle: dict[str, Any]) -> None:
    resource: Resource[Any] = Resource.from_contents(bundle, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:bitmart", resource)
    failures = []
    count = 0
    for label, pointer, value in _examples(bundle):
        count += 1
        validator = Draft202012Validator({"$ref": "urn:bitmart" + pointer}, registry=registry)
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.path))
        if errors:
            failures.append(f"{label}: {errors[0].message} at {list(errors[0].path)}")
    assert count > 0
    assert not failures, "\n".join(failures)


def test_success_examples_are_success_envelopes(operations: list[Op]) -> None:
    missing = [
        _label(method, path)
        for method, path, op in operations
        if not any(
            example["value"].get("code") in (1000, "1000")
            for example in op["responses"]["200"]["content"]["application/json"]["examples"].values()
        )
    ]
    assert not missing, missing


_SCHEMA_KEYWORDS = frozenset(
    {
        "$ref",
        "$defs",
        "type",
        "enum",
        "const",
        "format",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "items",
        "prefixItems",
        "minItems",
        "maxItems",
        "uniqueItems",
        "contains",
        "properties",
        "required",
        "additionalProperties",
        "patternProperties",
        "propertyNames",
        "minProperties",
        "maxProperties",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "if",
        "then",
        "else",
        "description",
        "title",
        "default",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "nullable",
        "discriminator",
        "xml",
        "externalDocs",
        "contentEncoding",
        "contentMediaType",
        "$comment",
    }
)


def _schemas(node: Any, where: str, inside_schema: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if inside_schema:
            yield where, node
        for key, value in node.items():
            if key in ("examples", "example", "x-bitmart-error-codes"):
                continue
            child_is_schema = key in ("schema", "items", "not", "additionalProperties") or (
                inside_schema and key in ("allOf", "anyOf", "oneOf", "prefixItems")
            )
            if inside_schema and key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    yield from _schemas(sub, f"{where}.{name}", True)
                continue
            if key == "schemas" and where == "components":
                for name, sub in value.items():
                    yield from _schemas(sub, name, True)
                continue
            yield from _schemas(value, f"{where}.{key}" if where else key, child_is_schema)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _schemas(item, f"{where}[{index}]", inside_schema)


def test_schemas_use_only_known_keywords(bundle: dict[str, Any]) -> None:
    """Catches YAML slips such as `{description: a, b, pattern: x}`, which make `b` a keyword."""
    unknown = sorted(
        f"{where}: {key}"
        for where, schema in _schemas(bundle, "", False)
        for key in schema
        if key not in _SCHEMA_KEYWORDS and not key.startswith("x-")
    )
    assert not unknown, unknown[:20]


def _properties(bundle: dict[str, Any], schema: Any) -> set[str]:
    """Property names of a schema, through $ref and allOf."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = _pointer(bundle, schema["$ref"])
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        names |= _properties(bundle, part)
    return names


def _pointer(bundle: dict[str, Any], ref: str) -> Any:
    node: Any = bundle
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def test_idempotency_blocks_point_at_real_operations_and_fields(
    bundle: dict[str, Any], operations: list[Op]
) -> None:
    by_id = {op["operationId"]: (method, op) for method, _, op in operations}
    problems = []
    checked = 0
    for method, path, op in operations:
        spec = op.get("x-bitmart-idempotency")
        if spec is None:
            continue
        checked += 1
        label = _label(method, path)
        body = _pointer(bundle, "#/paths/" + path.replace("/", "~1") + f"/{method.lower()}")["requestBody"]
        while "$ref" in body:
            body = _pointer(bundle, body["$ref"])
        placement_fields = _properties(bundle, body["content"]["application/json"]["schema"])
        if spec["key"] not in placement_fields:
            problems.append(f"{label}: no body field {spec['key']}")
        for lookup in spec["lookups"]:
            target = by_id.get(lookup["operation"])
            if target is None:
                problems.append(f"{label}: unknown lookup {lookup['operation']}")
                continue
            lookup_method, lookup_op = target
            if lookup_method == "GET":
                accepted = {
                    p.get("name") or _pointer(bundle, p["$ref"])["name"]
                    for p in lookup_op.get("parameters", [])
                }
            else:
                accepted = _properties(
                    bundle, lookup_op["requestBody"]["content"]["application/json"]["schema"]
                )
            for name, source in lookup.get("parameters", {}).items():
                if name not in accepted or source not in placement_fields:
                    problems.append(f"{label}: lookup parameter {name} <- {source}")
            problems += [
                f"{label}: lookup constant {name}"
                for name in lookup.get("constants", {})
                if name not in accepted
            ]
            undocumented = set(lookup.get("absent_codes", [])) - set(lookup_op.get("x-bitmart-errors", []))
            if undocumented:
                problems.append(f"{label}: {lookup['operation']} does not document {undocumented}")
        success = op["responses"]["200"]["content"]["application/json"]["schema"]["oneOf"][0]
        data_fields = set()
        for part in _pointer(bundle, success["$ref"]).get("allOf", []):
            if "data" in part.get("properties", {}):
                data_fields = _properties(bundle, part["properties"]["data"])
        missing = set(spec["result"]) - data_fields
        if missing:
            problems.append(f"{label}: result fields {missing} are not in the placement's data")
    assert checked >= 16
    assert not problems, problems
