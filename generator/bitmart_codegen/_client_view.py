"""Derive the document openapi-python-client sees from the full bundle.

The bundle describes the wire exactly; the client view describes what a *caller* receives once
``bitmart_runtime`` has done its part, which is narrower:

* Only the success branch of each ``200`` response remains. Error statuses, and the error
  envelopes BitMart sends with HTTP 200, never reach the caller: the runtime raises a typed
  exception for them. Without this, every generated function would return a union of success
  and error models that the caller would have to tell apart.
* Positional arrays whose positions share one type (klines, tickers, book levels) keep that
  type but lose ``prefixItems``: the generator would otherwise emit a union per element and a
  parser call per cell, about ten times slower on the 1000-row ticker list, with the same type.
* Component schemas nothing references any more are dropped, so no dead model is generated.
"""

from __future__ import annotations

import copy
from typing import Any

from bitmart_runtime import jsonpointer

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def client_view(bundle: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``bundle`` narrowed for code generation (see the module docstring)."""
    document = copy.deepcopy(bundle)
    for path_item in document.get("paths", {}).values():
        for method in _METHODS:
            operation = path_item.get(method)
            if operation is not None:
                operation["responses"] = {"200": _success_only(operation["responses"]["200"])}
    _collapse_positional_arrays(document)
    _drop_unreferenced_schemas(document)
    return document


def _success_only(response: dict[str, Any]) -> dict[str, Any]:
    narrowed = {"description": response.get("description", "Success")}
    media = response["content"]["application/json"]
    schema = media["schema"]
    branches = schema.get("oneOf")
    if branches:
        schema = branches[0]
    narrowed["content"] = {"application/json": {"schema": schema}}
    return narrowed


def _collapse_positional_arrays(node: Any) -> None:
    if isinstance(node, dict):
        prefix = node.get("prefixItems")
        if isinstance(prefix, list) and prefix:
            types = {item.get("type") for item in prefix if isinstance(item, dict)}
            if (
                len(types) == 1
                and None not in types
                and len(prefix) == sum(isinstance(i, dict) for i in prefix)
            ):
                del node["prefixItems"]
                node["items"] = {"type": types.pop()}
        for value in node.values():
            _collapse_positional_arrays(value)
    elif isinstance(node, list):
        for item in node:
            _collapse_positional_arrays(item)


def _drop_unreferenced_schemas(document: dict[str, Any]) -> None:
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    prefix = "#/components/schemas/"
    reachable: set[str] = set()
    components = document.get("components", {})
    roots = [document.get("paths", {}), components.get("parameters", {}), components.get("requestBodies", {})]
    pending = _schema_refs(roots, prefix)
    while pending:
        name = pending.pop()
        if name in reachable or name not in schemas:
            continue
        reachable.add(name)
        pending |= _schema_refs(schemas[name], prefix)
    for name in list(schemas):
        if name not in reachable:
            del schemas[name]
    # Error responses and headers are gone from the operations, so their components are too.
    for section in ("responses", "headers", "examples"):
        components.pop(section, None)


def _schema_refs(node: Any, prefix: str) -> set[str]:
    return {ref[len(prefix) :] for ref in jsonpointer.walk_refs(node) if ref.startswith(prefix)}
