"""Validate a request against its operation in the spec and answer like BitMart does.

Query strings are converted to the JSON types their schemas declare (as an OpenAPI server does
for ``style: form``), then query and body are checked by validators compiled from the spec. The
first problem becomes BitMart's error for the operation's family, with a message that names the
field:

* spot and margin (``BadRequestSpot``, HTTP 400): field-specific codes where BitMart has one
  (50010 size, 50011 price, 52002 side, ...), else 50028 missing / 50021 invalid;
* funding and sub-accounts (``BadRequestAccount``): 60000;
* futures (``BadRequestFutures``): 40041 side, 40042 type, ..., else 40011 / 40007;
* spot market data (``/spot/quotation``): HTTP 200 with 70001 / 70002 / 7100x, as BitMart does.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl

from ._spec import SPEC, OperationSpec
from .errors import MockError

_INTEGER = re.compile(r"^-?\d+$")
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")

# (family, field) -> code for a missing or an invalid value; None = use the family default.
_MISSING = {
    ("spot", "size"): 50010,
    ("spot", "price"): 50011,
    ("spot", "notional"): 50012,
    ("spot", "limit"): 50014,
    ("spot", "offset"): 50017,
}
_INVALID = {
    ("spot", "side"): 52002,
    ("spot", "type"): 52001,
    ("spot", "orderMode"): 52000,
    ("spot", "order_mode"): 51007,
    ("spot", "queryState"): 52003,
    ("spot", "symbol"): 50001,
    ("futures", "side"): 40041,
    ("futures", "type"): 40042,
    ("futures", "open_type"): 40045,
    ("futures", "leverage"): 40040,
    ("futures", "symbol"): 40034,
    ("futures", "step"): 40038,
    ("quotation", "symbol"): 70002,
    ("quotation", "step"): 71005,
    ("quotation", "after"): 71001,
    ("quotation", "before"): 71002,
    ("quotation", "limit"): 71004,
}
_DEFAULT_MISSING = {"spot": 50028, "account": 60000, "futures": 40011, "quotation": 70001}
_DEFAULT_INVALID = {"spot": 50021, "account": 60000, "futures": 40011, "quotation": 70001}
_NOT_AN_OBJECT = {"spot": 50000, "account": 60000, "futures": 40007, "quotation": 70001}
_CLIENT_ID_FIELDS = ("client_order_id", "clientOrderId")


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
    if json_type == "integer" and _INTEGER.match(value) and _INT64_MIN <= int(value) <= _INT64_MAX:
        return int(value)
    if json_type == "number" and _NUMBER.match(value):
        return float(value)
    if json_type == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def check_query(op: OperationSpec, values: dict[str, Any]) -> None:
    """Raise the family's error for the first invalid query parameter."""
    _raise_first(op, op.query_validator, values)


def parse_body(op: OperationSpec, content_type: str, body: bytes) -> dict[str, Any]:
    """Decode and validate the JSON body; an empty body counts as ``{}``."""
    if not op.has_body:
        return {}
    if body.strip() and "json" not in content_type.lower():
        raise MockError(60031 if op.family == "account" else 58001)
    if not body.strip():
        document: Any = {}
    else:
        try:
            document = json.loads(body)
        except ValueError:
            raise MockError(30018) from None
    if not isinstance(document, dict):
        raise MockError(
            _NOT_AN_OBJECT[op.family], _with_detail(_NOT_AN_OBJECT[op.family], "body must be a JSON object")
        )
    _raise_first(op, op.body_validator, document)
    oversized = _oversized_integer(document, "")
    if oversized is not None:
        code = _DEFAULT_INVALID[op.family]
        raise MockError(code, _with_detail(code, f"{oversized}: out of the 64-bit integer range"))
    return document


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
    kind = error.kind.name
    if kind == "required":
        field = str(error.kind.property)
        code = _MISSING.get((op.family, field), _DEFAULT_MISSING[op.family])
        raise MockError(code, _with_detail(code, f"{field} is required"))
    path = [str(part) for part in error.instance_path]
    field = next((part for part in reversed(path) if not part.isdigit()), "body")
    if field in _CLIENT_ID_FIELDS and op.family in ("spot", "futures"):
        too_long = kind == "pattern" and isinstance(error.instance, str) and len(error.instance) > 32
        code = {
            ("spot", True): 50037,
            ("spot", False): 50038,
            ("futures", True): 40049,
            ("futures", False): 40048,
        }[(op.family, too_long)]
    else:
        code = _INVALID.get((op.family, field)) or (
            40007 if op.family == "futures" and kind == "type" else _DEFAULT_INVALID[op.family]
        )
    raise MockError(code, _with_detail(code, f"{'.'.join(path) or field}: {error.message}"))


def _with_detail(code: int, detail: str) -> str:
    entry = SPEC.error_codes.get(code)
    base = entry.message.replace("%s", "parameter").replace("%d", "N") if entry else "Invalid request"
    return f"{base} ({detail})"
