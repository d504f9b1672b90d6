"""The spec as the mock uses it: routes, auth, limits, and validators compiled from the bundle.

Everything here is derived at start-up from ``bitmart_client/openapi.json`` (the bundle of
``spec/``); no schema is written twice. Validators are jsonschema-rs validators compiled once
per operation with the whole bundle as their registry, so ``$ref`` resolves exactly as in the
document.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import Any

import jsonschema_rs
from bitmart_runtime import jsonpointer

from ._rules import ErrorEntry, FamilyRules, Rules, ServiceRule

_METHODS = ("get", "post", "put", "delete", "patch")
_BUNDLE_URI = "urn:bitmart-openapi"
_JSON_SCHEMA = jsonpointer.join("content", "application/json", "schema")


@dataclass(frozen=True)
class QueryParam:
    """A query parameter and the JSON type its string value is converted to."""

    name: str
    required: bool
    json_type: str
    is_array: bool


NO_EXAMPLE = object()
"""Marks an operation whose spec shows no success example."""


@dataclass
class OperationSpec:
    """What the mock needs to know about one operation."""

    operation_id: str
    method: str
    path: str
    host: str
    auth: str
    permission: str | None
    rate_limit: tuple[int, float, str]
    deprecated: bool
    service: ServiceRule
    family: FamilyRules
    envelope: str
    errors: frozenset[int]
    """The business codes the operation documents (``x-bitmart-errors``)."""
    documented_errors: frozenset[int]
    """Every code the operation may answer: its own, the global ones, its family's validation codes."""
    query: tuple[QueryParam, ...]
    query_validator: Any
    body_fields: frozenset[str]
    body_validator: Any | None
    response_validator: Any
    raw: dict[str, Any] = field(repr=False)

    @property
    def success_message(self) -> str:
        """The word of the success envelope (``OK``, ``Ok`` or ``success``, by service)."""
        return self.service.success_message

    @property
    def has_body(self) -> bool:
        """Whether the operation documents a request body."""
        return self.body_validator is not None

    @cached_property
    def example_data(self) -> Any:
        """The ``data`` of the operation's first documented success example (``NO_EXAMPLE`` if none)."""
        content = self.raw["responses"]["200"]["content"]["application/json"]
        candidates = [entry.get("value") for entry in content.get("examples", {}).values()]
        candidates.append(content.get("example"))
        for value in candidates:
            if isinstance(value, dict) and value.get("code") in (1000, "1000"):
                return value.get("data")
        return NO_EXAMPLE


class Spec:
    """The bundle, indexed for the mock."""

    def __init__(self, bundle: dict[str, Any]) -> None:
        self.bundle = bundle
        self.registry = jsonschema_rs.Registry([(_BUNDLE_URI, bundle)])
        self.hosts: dict[str, str] = bundle["x-bitmart-hosts"]
        self.rules = Rules(bundle)
        self.error_codes: dict[int, ErrorEntry] = self.rules.errors.by_code

    def validator(self, pointer: str) -> Any:
        """A compiled validator for the schema at ``pointer`` (``#/...``) of the bundle."""
        return jsonschema_rs.validator_for({"$ref": _BUNDLE_URI + pointer}, registry=self.registry)

    def schema_validator(self, schema: dict[str, Any]) -> Any:
        """A compiled validator for an inline schema whose ``$ref`` point into the bundle."""
        return jsonschema_rs.validator_for(_rebase(schema), registry=self.registry)

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` chains inside the bundle."""
        return jsonpointer.deref(self.bundle, node)

    @cached_property
    def operations(self) -> dict[tuple[str, str], OperationSpec]:
        """Every operation by (upper-case method, path)."""
        table = {}
        for path, item in self.bundle["paths"].items():
            for method in _METHODS:
                if method in item:
                    op = self._operation(path, method, item[method])
                    table[(op.method, path)] = op
        return table

    @cached_property
    def by_id(self) -> dict[str, OperationSpec]:
        """Every operation by operationId."""
        return {op.operation_id: op for op in self.operations.values()}

    @cached_property
    def methods_by_path(self) -> dict[str, list[str]]:
        """The documented methods of each path (for 405 answers and their Allow header)."""
        found: dict[str, list[str]] = {}
        for method, path in self.operations:
            found.setdefault(path, []).append(method)
        return found

    def _json_type(self, schema: Any) -> str:
        """The JSON type a schema declares, looking through ``$ref`` and ``allOf``/``anyOf``/``oneOf``."""
        schema = self.resolve(schema)
        declared = schema.get("type")
        if isinstance(declared, list):
            declared = next((t for t in declared if t != "null"), None)
        if isinstance(declared, str):
            return declared
        for key in ("allOf", "anyOf", "oneOf"):
            for part in schema.get(key, []):
                found = self._json_type(part)
                if found != "string":
                    return found
        return "string"

    def _body_schema(self, body: dict[str, Any]) -> dict[str, Any]:
        schema: dict[str, Any] = self.resolve(body["content"]["application/json"]["schema"])
        return schema

    def _envelope_kind(self, success_ref: str) -> str:
        # Affiliate endpoints wrap data in their own envelope (string code, success, requestId).
        parts = self.resolve({"$ref": success_ref}).get("allOf", [])
        affiliate = any(str(part.get("$ref", "")).endswith("/AffiliateSuccessEnvelope") for part in parts)
        return "affiliate" if affiliate else "standard"

    def _documented(self, op: dict[str, Any], errors: frozenset[int], family: FamilyRules) -> frozenset[int]:
        table = self.rules.errors
        groups = ["all"]
        groups += ["keyed"] if op["x-bitmart-auth"] != "NONE" else []
        groups += ["signed"] if op["x-bitmart-auth"] == "SIGNED" else []
        groups += ["retired"] if op.get("deprecated") else []
        shared = frozenset().union(*(table.global_codes[group] for group in groups))
        return errors | shared | family.codes | table.maintenance_codes

    def _operation(self, path: str, method: str, op: dict[str, Any]) -> OperationSpec:
        base = "#" + jsonpointer.join("paths", path, method)
        url = op["servers"][0]["url"]
        host = next(name for name, host_url in self.hosts.items() if host_url == url)
        limit = op["x-bitmart-rate-limit"]
        query = []
        properties: dict[str, Any] = {}
        required: list[str] = []
        for index, raw_param in enumerate(op.get("parameters", [])):
            param = self.resolve(raw_param)
            if param["in"] != "query":
                continue
            schema = self.resolve(param["schema"])
            is_array = self._json_type(schema) == "array"
            json_type = self._json_type(schema.get("items", {})) if is_array else self._json_type(schema)
            query.append(QueryParam(param["name"], bool(param.get("required")), json_type, is_array))
            ref = raw_param.get("$ref", f"{base}/parameters/{index}")
            properties[param["name"]] = {"$ref": _BUNDLE_URI + ref + "/schema"}
            if param.get("required"):
                required.append(param["name"])
        body = self.resolve(op.get("requestBody")) if "requestBody" in op else None
        body_validator = None
        if body is not None:
            body_ref = op["requestBody"].get("$ref") or f"{base}/requestBody"
            body_validator = self.validator(body_ref + _JSON_SCHEMA)
        service = self.rules.service(host, path)
        bad_request = self.resolve(op["responses"].get("400", {}))
        family = self.rules.families[bad_request.get("x-bitmart-family", service.family)]
        errors = frozenset(int(code) for code in op.get("x-bitmart-errors", []))
        success_ref = op["responses"]["200"]["content"]["application/json"]["schema"]["oneOf"][0]["$ref"]
        return OperationSpec(
            operation_id=op["operationId"],
            method=method.upper(),
            path=path,
            host=host,
            auth=op["x-bitmart-auth"],
            permission=op.get("x-bitmart-permission"),
            rate_limit=(int(limit["count"]), float(limit["window"]), limit["scope"]),
            deprecated=bool(op.get("deprecated")),
            service=service,
            family=family,
            envelope=self._envelope_kind(success_ref),
            errors=errors,
            documented_errors=self._documented(op, errors, family),
            query=tuple(query),
            query_validator=self.schema_validator(
                {"type": "object", "required": required, "properties": properties}
            ),
            body_fields=frozenset(self._body_schema(body).get("properties", {})) if body else frozenset(),
            body_validator=body_validator,
            response_validator=self.validator(f"{base}/responses/200{_JSON_SCHEMA}"),
            raw=op,
        )


def _rebase(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (_BUNDLE_URI + v if k == "$ref" and v.startswith("#") else _rebase(v)) for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(item) for item in node]
    return node


def load_bundle() -> dict[str, Any]:
    """The bundled OpenAPI document shipped inside ``bitmart_client``."""
    text = resources.files("bitmart_client").joinpath("openapi.json").read_text(encoding="utf-8")
    bundle: dict[str, Any] = json.loads(text)
    return bundle


SPEC = Spec(load_bundle())
"""The spec of the installed ``bitmart_client``, loaded once per process."""
