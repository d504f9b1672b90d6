"""Validate a request against its operation in the spec and answer like BitMart does.

Query strings are converted to the JSON types their schemas declare (as an OpenAPI server does
for ``style: form``), then query and body are checked by validators compiled from the spec. The
first problem becomes the error of the operation's family (``x-bitmart-families`` in the
document: a code for a missing field, for an invalid one, field-specific codes where BitMart has
them), with a message that names the field. Market data answers these with HTTP 200, as BitMart
does.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any
from urllib.parse import parse_qsl

from ._spec import SPEC, OperationSpec
from .errors import MockError, documented_message

_INTEGER = re.compile(r"^-?\d+$")
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")
_CLIENT_ID_FIELDS = ("client_order_id", "clientOrderId")
_CLIENT_ID_MAX_LENGTH = 32
MAX_DEPTH = 32
"""Deepest nesting of a JSON body the mock reads (BitMart's bodies nest three levels at most)."""
_LONGEST_INTEGER = 20
"""Digits beyond which a query value cannot be an int64 (and Python would refuse to convert it)."""


def parse_query(op: OperationSpec, query_string: bytes) -> dict[str, Any]:
    """Decode the query string into the JSON types the operation's parameters declare."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    raw: dict[str, list[str]] = {}
    for name, value in pairs:
        raw.setdefault(name, []).append(value)
    values: dict[str, Any] = {}
    for param in op.query:
        if param.name not in raw:
            continue
        items = raw[param.name]
        if param.is_array:
            flat = [part for item in items for part in item.split(",")]
            values[param.name] = [_convert(part, param.json_type) for part in flat]
        else:
            values[param.name] = _convert(items[-1], param.json_type)
    return values


def _convert(value: str, json_type: str) -> Any:
    # Values that do not convert stay strings, so the validator reports a type error for them;
    # integers outside int64 too, since BitMart's servers reject what a long cannot hold.
    short = len(value) <= _LONGEST_INTEGER
    if json_type == "integer" and short and _INTEGER.match(value) and _INT64_MIN <= int(value) <= _INT64_MAX:
        return int(value)
    if json_type == "number" and _NUMBER.match(value) and math.isfinite(float(value)):
        return float(value)
    if json_type == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def check_query(op: OperationSpec, values: dict[str, Any]) -> None:
    """Raise the family's error for the first invalid query parameter."""
    _raise_first(op, op.query_validator, values)


def parse_body(op: OperationSpec, content_type: str, body: bytes) -> dict[str, Any]:
    """Decode and validate the JSON body; an empty body counts as ``{}``.

    Only a body of no bytes at all is empty: whitespace alone is not JSON, and BitMart's gateway
    answers it as it answers any other unreadable body.
    """
    if not op.has_body:
        return {}
    family = op.family
    if body and "json" not in content_type.lower():
        raise MockError.from_code(family.unsupported_media_type)
    document = read_json(body) if body else {}
    if not isinstance(document, dict):
        code = family.not_an_object
        raise MockError.from_code(code, _detail(code, "body must be a JSON object"))
    _raise_first(op, op.body_validator, document)
    oversized = _oversized_integer(document, "")
    if oversized is not None:
        code = family.invalid
        raise MockError.from_code(code, _detail(code, f"{oversized}: out of the 64-bit integer range"))
    return document


def read_json(body: bytes) -> Any:
    """The JSON document ``body`` holds, or ``body_not_json`` for anything BitMart could not read.

    Besides text that is not JSON: NaN and infinities, integers too long to read, nesting deeper
    than ``MAX_DEPTH``, and strings that are not Unicode (lone surrogates).
    """
    try:
        document = json.loads(body, parse_constant=_no_constant, parse_float=_finite)
    except (ValueError, RecursionError):
        raise MockError("body_not_json") from None
    if _too_deep(document) or not _unicode(document):
        raise MockError("body_not_json")
    return document


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is not a finite number")
    return value


def _too_deep(document: Any) -> bool:
    stack = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth > MAX_DEPTH:
                return True
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)
    return False


def _unicode(document: Any) -> bool:
    try:
        json.dumps(document, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        return False
    return True


def _oversized_integer(node: Any, where: str) -> str | None:
    if isinstance(node, bool):
        return None
    if isinstance(node, int):
        return where if not _INT64_MIN <= node <= _INT64_MAX else None
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        found = _oversized_integer(value, f"{where}.{key}" if where else str(key))
        if found is not None:
            return found
    return None


def _raise_first(op: OperationSpec, validator: Any, instance: Any) -> None:
    errors = list(validator.iter_errors(instance))
    if not errors:
        return
    # Report missing fields first, then the shallowest problem: deterministic and most useful.
    error = min(errors, key=lambda e: (e.kind.name != "required", len(e.instance_path), str(e.instance_path)))
    family = op.family
    kind = error.kind.name
    if kind == "required":
        field = str(error.kind.property)
        code = family.missing_code(field)
        raise MockError.from_code(code, _detail(code, f"{field} is required"))
    path = [str(part) for part in error.instance_path]
    field = next((part for part in reversed(path) if not part.isdigit()), "body")
    client_id_code = _client_order_id_code(op, field, kind, error.instance)
    invalid = client_id_code or family.invalid_code(field, wrong_type=kind == "type")
    raise MockError.from_code(invalid, _detail(invalid, f"{'.'.join(path) or field}: {error.message}"))


def _client_order_id_code(op: OperationSpec, field: str, kind: str, instance: Any) -> int | None:
    """The family's client-order-id code (too long, or other characters), if it has them."""
    family = op.family
    if field not in _CLIENT_ID_FIELDS:
        return None
    too_long = kind == "pattern" and isinstance(instance, str) and len(instance) > _CLIENT_ID_MAX_LENGTH
    return family.client_order_id_too_long if too_long else family.client_order_id_invalid


def _detail(code: int, detail: str) -> str:
    return documented_message(SPEC.rules.errors.by_code[code].name, detail)
