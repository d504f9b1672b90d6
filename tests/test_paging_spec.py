"""``x-bitmart-pagination``: on every list operation, well formed, true to the operation it describes,
and faithfully turned into ``bitmart_client.pagination``.

Each test names the operations that break a rule, so a failure says exactly what to fix.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest
from bitmart_codegen import iter_operations
from bitmart_codegen._pagination import EXTENSION, EXTENSION_SCHEMA, shape_errors
from bitmart_runtime import jsonpointer
from jsonschema import Draft202012Validator

Op = tuple[str, str, dict[str, Any]]
PAGE_PARAMS = {"page", "currentPage", "page_size", "size", "sizePage"}


@pytest.fixture(scope="module")
def operations(bundle: dict[str, Any]) -> list[Op]:
    return iter_operations(bundle)


def _merged(bundle: dict[str, Any], schema: Any) -> dict[str, Any]:
    """``schema`` dereferenced, with the properties and required fields of its ``allOf`` parts."""
    schema = jsonpointer.deref(bundle, schema)
    if not isinstance(schema, dict):
        return {}
    merged = dict(schema)
    properties = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        inner = _merged(bundle, part)
        properties.update(inner.get("properties", {}))
        merged.setdefault("type", inner.get("type"))
    merged["properties"] = properties
    return merged


def data_schema(bundle: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """The schema of ``data`` in the operation's success envelope."""
    response = jsonpointer.deref(bundle, op["responses"]["200"])
    schema = jsonpointer.deref(bundle, response["content"]["application/json"]["schema"])
    success = schema["oneOf"][0] if "oneOf" in schema else schema
    return _merged(bundle, _merged(bundle, success)["properties"].get("data", {}))


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _holds_a_list(bundle: dict[str, Any], schema: dict[str, Any]) -> bool:
    if "array" in _types(schema):
        return True
    for child in schema.get("properties", {}).values():
        child = _merged(bundle, child)
        if "array" in _types(child):
            return True
        extra = child.get("additionalProperties")
        if isinstance(extra, dict) and "array" in _types(_merged(bundle, extra)):
            return True
    return False


def parameters(bundle: dict[str, Any], op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Query parameters and JSON body fields by wire name, each with its (dereferenced) schema."""
    found: dict[str, dict[str, Any]] = {}
    for parameter in op.get("parameters", []):
        parameter = jsonpointer.deref(bundle, parameter)
        schema = _merged(bundle, parameter.get("schema", {}))
        found[parameter["name"]] = {
            **schema,
            "description": f"{parameter.get('description', '')} {schema.get('description', '')}",
        }
    if "requestBody" in op:
        body = _merged(bundle, op["requestBody"]["content"]["application/json"]["schema"])
        for name, field in body["properties"].items():
            raw = jsonpointer.deref(bundle, field)
            schema = _merged(bundle, field)
            for part in raw.get("allOf", []):
                schema = {**_merged(bundle, part), **schema}
            found[name] = {
                **schema,
                "description": f"{raw.get('description', '')} {schema.get('description', '')}",
            }
    return found


def is_list_operation(bundle: dict[str, Any], method: str, op: dict[str, Any]) -> bool:
    """A read whose data is a list, holds one, or is untyped but paged (page and size parameters)."""
    if method != "GET" and not op.get("x-bitmart-idempotent"):
        return False
    data = data_schema(bundle, op)
    if _holds_a_list(bundle, data):
        return True
    untyped = not data.get("properties") and "array" not in _types(data)
    return untyped and len(PAGE_PARAMS & set(parameters(bundle, op))) >= 2


def _with_extension(operations: list[Op]) -> list[Op]:
    return [(method, path, op) for method, path, op in operations if EXTENSION in op]


def test_every_list_operation_says_how_it_pages(bundle: dict[str, Any], operations: list[Op]) -> None:
    lists = [(m, p, op) for m, p, op in operations if is_list_operation(bundle, m, op)]
    missing = [f"{m} {p} ({op['operationId']})" for m, p, op in lists if EXTENSION not in op]
    assert len(lists) >= 55, "the list detection found too few operations to be right"
    assert not missing, "list operations without x-bitmart-pagination:\n" + "\n".join(missing)


def test_the_detection_tells_lists_from_single_answers(bundle: dict[str, Any], operations: list[Op]) -> None:
    by_id = {op["operationId"]: (m, op) for m, _, op in operations}
    for name in ("get_spot_order_history", "get_broker_rebates", "get_futures_interest_log"):
        assert is_list_operation(bundle, by_id[name][0], by_id[name][1]), name
    for name in ("get_spot_order", "get_futures_affiliate_user_rebate", "submit_spot_batch_orders_v2"):
        assert not is_list_operation(bundle, by_id[name][0], by_id[name][1]), name


def test_the_extension_matches_its_schema(operations: list[Op]) -> None:
    validator = Draft202012Validator(EXTENSION_SCHEMA)
    problems = [
        f"{m} {p}: {error.message}"
        for m, p, op in _with_extension(operations)
        for error in validator.iter_errors(op[EXTENSION])
    ]
    assert not problems, "\n".join(problems)


def test_the_generator_refuses_what_the_schema_refuses() -> None:
    bad = {"mode": "sideways", "records": "", "id": ["x"], "limit": {"max": 0}, "extra": 1}
    assert len(shape_errors(bad, EXTENSION_SCHEMA, "op")) == 3
    assert list(Draft202012Validator(EXTENSION_SCHEMA).iter_errors(bad))


def test_the_mode_has_what_it_needs(operations: list[Op]) -> None:
    needs = {"time_window": ("time",), "page": ("page",), "cursor": ("cursor", "limit"), "none": ()}
    problems = []
    for m, p, op in _with_extension(operations):
        spec = op[EXTENSION]
        problems += [
            f"{m} {p}: mode {spec['mode']} needs {key}" for key in needs[spec["mode"]] if key not in spec
        ]
        if spec["mode"] == "none" and "time" in spec:
            problems.append(f"{m} {p}: a time filter with mode none")
    assert not problems, "\n".join(problems)


def _unit(schema: dict[str, Any]) -> str | None:
    text = schema.get("description", "").lower().replace("not milliseconds", "").replace("not seconds", "")
    if "millisecond" in text:
        return "ms"
    return "s" if "second" in text else None


def test_named_parameters_exist_with_the_stated_unit_and_bounds(
    bundle: dict[str, Any], operations: list[Op]
) -> None:
    problems = []
    for m, p, op in _with_extension(operations):
        spec, known = op[EXTENSION], parameters(bundle, op)
        where = f"{m} {p}"
        time = spec.get("time")
        if time is not None:
            for key in ("start", "end"):
                schema = known.get(time[key])
                if schema is None:
                    problems.append(f"{where}: no parameter {time[key]}")
                elif _unit(schema) != time["unit"]:
                    problems.append(
                        f"{where}: {time[key]} is in {_unit(schema)}, the extension says {time['unit']}"
                    )
        limit = spec.get("limit", {})
        if "param" in limit:
            schema = known.get(limit["param"])
            if schema is None:
                problems.append(f"{where}: no parameter {limit['param']}")
            elif schema.get("maximum", limit["max"]) != limit["max"]:
                problems.append(
                    f"{where}: {limit['param']} allows {schema.get('maximum')}, not {limit['max']}"
                )
        page = spec.get("page", {})
        for key in ("page", "size"):
            if key in page and page[key] not in known:
                problems.append(f"{where}: no parameter {page[key]}")
        if (
            "size" in page
            and known.get(page["size"], {}).get("maximum", page["max_size"]) != page["max_size"]
        ):
            problems.append(f"{where}: {page['size']} allows another maximum than {page['max_size']}")
    assert not problems, "\n".join(problems)


def _record_schema(bundle: dict[str, Any], op: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any] | None:
    data = data_schema(bundle, op)
    node: Any = data
    for token in jsonpointer.tokens(spec["records"]):
        node = _merged(bundle, node.get("properties", {}).get(token, {}))
    if spec.get("group_key"):
        extra = node.get("additionalProperties")
        node = _merged(bundle, extra) if isinstance(extra, dict) else {}
    if "array" not in _types(node):
        return None
    return _merged(bundle, node.get("items", {}))


def test_records_point_at_a_list_whose_items_have_the_id_and_time_fields(
    bundle: dict[str, Any], operations: list[Op]
) -> None:
    problems = []
    for m, p, op in _with_extension(operations):
        spec, where = op[EXTENSION], f"{m} {p}"
        data = data_schema(bundle, op)
        if not data.get("properties") and "array" not in _types(data):
            continue  # untyped data (BitMart published no answer): nothing to check against
        item = _record_schema(bundle, op, spec)
        if item is None:
            problems.append(f"{where}: {spec['records']!r} is not a list in the answer")
            continue
        fields = set(item.get("properties", {})) | {spec.get("group_key")}
        positional = "prefixItems" in item
        for name in [*spec["id"], (spec.get("time_field") or {}).get("name")]:
            if name is None:
                continue
            if positional:
                if not (name.isdigit() and int(name) < len(item["prefixItems"])):
                    problems.append(f"{where}: positional rows have no item {name}")
            elif name not in fields:
                problems.append(f"{where}: records have no field {name}")
    assert not problems, "\n".join(problems)


def test_the_generated_table_describes_each_extended_operation(operations: list[Op]) -> None:
    from bitmart_client.pagination import PAGINATION

    extended = {op["operationId"]: op for _, _, op in _with_extension(operations)}
    assert set(PAGINATION) == set(extended)
    for name, entry in PAGINATION.items():
        spec = extended[name][EXTENSION]
        assert (entry.mode, entry.records, entry.id) == (spec["mode"], spec["records"], tuple(spec["id"])), (
            name
        )
        if entry.time is not None:
            assert (entry.time.start, entry.time.unit, entry.time.max_span) == (
                spec["time"]["start"],
                spec["time"]["unit"],
                spec["time"].get("max_span"),
            )


def test_the_table_names_the_generated_function_and_its_arguments() -> None:
    from bitmart_client.pagination import PAGINATION

    for name, entry in PAGINATION.items():
        module = importlib.import_module(entry.module)
        accepted = set(inspect.signature(module.sync_detailed).parameters)
        assert name == module.OPERATION_ID
        if entry.location == "body":
            assert "body" in accepted, name
        else:
            assert set(entry.arguments.values()) <= accepted, (name, entry.arguments, accepted)
