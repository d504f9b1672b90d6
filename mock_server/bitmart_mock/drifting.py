"""Answers that drift from the document on purpose, the way BitMart's sometimes do.

Four kinds, each applied to every object of an answer (as the issue that introduced them asks):

* ``extra_field``: one field the document does not declare is added;
* ``unlisted_enum``: every enum value is replaced by one the document does not list;
* ``missing_field``: one required scalar field that is not an identifier is removed;
* ``null_string``: one string field that is not an identifier and does not allow null is null.

The mock sends them when a ``drift`` fault is planned, so that users can test their own code
against such answers; the project's tests use them to prove that the client reads them.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from typing import Any

from bitmart_runtime._schema_check import SchemaChecker, Site, render_path

MUTATIONS = ("extra_field", "unlisted_enum", "missing_field", "null_string")
EXTRA_FIELD = "bitmartDriftExtra"
UNLISTED = "bitmart_drift_unlisted"
_SCALARS = ("string", "integer", "number", "boolean")


@functools.cache
def answer_checker() -> SchemaChecker:
    """A checker of the mock's own document (built once)."""
    from ._spec import SPEC

    return SchemaChecker(SPEC.bundle)


def mutate(checker: SchemaChecker, schema: Any, answer: Any, kind: str) -> tuple[Any, list[str]]:
    """A drifting copy of ``answer`` and the JSON paths changed (empty: nothing applies)."""
    if kind not in MUTATIONS:
        raise ValueError(f"unknown drift kind {kind!r}; expected one of {', '.join(MUTATIONS)}")
    drifted = copy.deepcopy(answer)
    sites = list(checker.sites(schema, drifted))
    changed: list[str] = []
    for site in sites:
        path = _unlist(drifted, site) if kind == "unlisted_enum" and "enum" in site.schema else None
        if kind != "unlisted_enum":
            path = _change(checker, site, kind)
        if path is not None:
            changed.append(path)
    return drifted, changed


def _change(checker: SchemaChecker, site: Site, kind: str) -> str | None:
    """Apply ``kind`` to one site in place; return the changed path, if any."""
    value, schema = site.value, site.schema
    if type(value) is not dict or not _is_object(schema):
        return None
    properties, required = checker.object_properties(schema)
    here = render_path(site.location)
    if kind == "extra_field":
        if not properties:
            return None  # a free-form object: the document allows any field
        value[EXTRA_FIELD] = "added by the mock"
        return f"{here}.{EXTRA_FIELD}"
    for name in sorted(value):
        if name in checker.identifiers or name not in properties:
            continue
        declared = checker.deref(properties[name])
        if "const" in declared:
            continue  # the envelope's code: without it an answer is not an answer at all
        types = _types(checker, declared)
        if kind == "missing_field" and name in required and types and set(types) <= set(_SCALARS):
            del value[name]
            return f"{here}.{name}"
        if kind == "null_string" and types == ["string"] and isinstance(value[name], str):
            value[name] = None
            return f"{here}.{name}"
    return None


def _unlist(root: Any, site: Site) -> str | None:
    """Replace the enum value at ``site`` (reached from ``root``) by one the document omits."""
    if not site.location or isinstance(site.value, bool):
        return None
    container = root
    for token in site.location[:-1]:
        container = container[token]
    listed = [v for v in site.schema["enum"] if isinstance(v, int) and not isinstance(v, bool)]
    replacement: Any = max(listed, default=0) + 1000 if isinstance(site.value, int) else UNLISTED
    container[site.location[-1]] = replacement
    return render_path(site.location)


def _types(checker: SchemaChecker, schema: Mapping[str, Any]) -> list[str]:
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:
        found: list[str] = []
        for branch in branches:
            found += _types(checker, checker.deref(branch))
        return found
    declared = schema.get("type")
    if declared is None:
        return []
    return [declared] if isinstance(declared, str) else list(declared)


def _is_object(schema: Mapping[str, Any]) -> bool:
    declared = schema.get("type")
    return declared == "object" or "properties" in schema or "allOf" in schema


__all__ = ["EXTRA_FIELD", "MUTATIONS", "UNLISTED", "answer_checker", "mutate"]
