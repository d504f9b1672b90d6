"""Check a JSON answer against the OpenAPI document and say, path by path, where it departs.

This is the one description of "drift" in the project: strict mode raises on what it finds,
lenient mode records it, the drift report prints it and the mock's drifting answers are made
from the sites it walks. It understands the subset of JSON Schema that the document uses:
``$ref``, ``allOf`` (merged, so that a field declared by any branch is known), ``oneOf`` and
``anyOf`` (the branch that fits best), ``type`` (also as a list), ``const``, ``enum``,
``pattern``, ``required``, ``properties``, ``additionalProperties``, ``items``,
``prefixItems``, ``minItems`` and ``maxItems``.

Any field the document does not declare counts as drift, even where the document does not
forbid it: that is how a maintainer learns that BitMart added one. Only a free-form object (one
that declares no properties at all, because no source says what it holds) takes any field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from . import jsonpointer
from .lenient import shape

Location = tuple[str | int, ...]


class DriftEntry(NamedTuple):
    """One place where an answer departs from the document.

    ``path`` is a JSON path such as ``$.data.wallet[2].unAvailable``; ``expected`` and ``seen``
    name types or shapes, never values; ``value`` is only set for enum and const departures (a
    code such as ``"partially_filled"``, which a maintainer needs to widen the enum).
    """

    path: str
    kind: str
    """``missing``, ``null``, ``type``, ``enum``, ``const``, ``pattern``, ``extra`` or ``length``."""
    expected: str
    seen: str
    schema: str | None = None
    """The component schema that declares the field, when there is one."""
    identifier: bool = False
    """A required identifier (order id, symbol, currency...) is missing or null."""
    value: str | None = None

    @property
    def pattern(self) -> str:
        """The path with list indices and map keys replaced by ``[*]``: one entry per field."""
        return _INDEX.sub("[*]", self.path)

    def describe(self) -> str:
        """One line for a log or a report (no values, except an enum's or const's)."""
        where = f" ({self.schema})" if self.schema else ""
        value = f" {self.value}" if self.value is not None else ""
        return f"{self.pattern}{where}: expected {self.expected}, seen {self.seen}{value}"


_INDEX = re.compile(r"\[\d+\]|\['(?:[^'\\]|\\.)*'\]")


class MapKey(str):
    """A key of a map (``additionalProperties``): data, not a field name, like a list index."""

    __slots__ = ()


def render_path(location: Location) -> str:
    """``("data", "list", 3, "id")`` -> ``$.data.list[3].id``; a map's keys as ``['2025-11-21']``."""
    parts = ["$"]
    for token in location:
        if isinstance(token, int):
            parts.append(f"[{token}]")
        elif isinstance(token, MapKey):
            escaped = token.replace("\\", "\\\\").replace("'", "\\'")
            parts.append(f"['{escaped}']")
        else:
            parts.append(f".{token}")
    return "".join(parts)


@dataclass
class Site:
    """A value of the answer together with the schema that describes it (for mutations)."""

    location: Location
    value: Any
    schema: Mapping[str, Any]
    name: str | None = None
    """The component schema's name, when the schema is one."""


@dataclass
class _Object:
    """An object schema with its ``allOf`` branches merged."""

    properties: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    additional: Any = None
    others: list[Any] = field(default_factory=list)


_JSON_TYPES = {
    "null": lambda v: v is None,
    "boolean": lambda v: v is True or v is False,
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) in (int, float),
    "string": lambda v: type(v) is str,
    "array": lambda v: type(v) is list,
    "object": lambda v: type(v) is dict,
}


class SchemaChecker:
    """Checks answers against one OpenAPI document (the bundle)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.identifiers = frozenset(document.get("x-bitmart-identifiers", ()))
        self._merged: dict[int, _Object] = {}
        self._answers: dict[str, Any] = {}
        self._unread_enums: dict[str, bool] = {}
        self._targets: dict[str, Any] = {}

    # ---- what an operation answers -----------------------------------------------------------
    def answer_schema(self, operation_id: str) -> Any:
        """The schema of ``operation_id``'s success answer (the first branch of its 200)."""
        if not self._answers:
            for path_item in self.document.get("paths", {}).values():
                for operation in path_item.values():
                    if isinstance(operation, dict) and "operationId" in operation:
                        self._answers[operation["operationId"]] = operation
        operation = self._answers.get(operation_id)
        if operation is None:
            raise KeyError(f"the document has no operation {operation_id!r}")
        raw = operation["responses"]["200"]["content"]["application/json"]["schema"]
        branches = self.deref(raw).get("oneOf")
        return branches[0] if branches else raw

    def has_unread_enums(self, operation_id: str) -> bool:
        """Whether the answer holds positional rows with enum cells.

        The generated models take rows of plain values in one cast, for speed, so they cannot
        notice an unlisted value in such a cell; the runtime checks these answers itself.
        """
        cached = self._unread_enums.get(operation_id)
        if cached is None:
            cached = self._unread_enums[operation_id] = self._rows_with_enums(
                self.answer_schema(operation_id), set()
            )
        return cached

    def _rows_with_enums(self, schema: Any, seen: set[int]) -> bool:
        schema = self.deref(schema)
        if not isinstance(schema, dict) or id(schema) in seen:
            return False
        seen.add(id(schema))
        prefix = schema.get("prefixItems")
        if prefix and any("enum" in self.deref(item) for item in prefix):
            return True
        children: list[Any] = [*schema.get("allOf", ()), *schema.get("oneOf", ()), *schema.get("anyOf", ())]
        children += [*schema.get("properties", {}).values(), *(prefix or ())]
        for key in ("items", "additionalProperties"):
            if isinstance(schema.get(key), dict):
                children.append(schema[key])
        return any(self._rows_with_enums(child, seen) for child in children)

    def check_answer(self, operation_id: str, body: Any) -> list[DriftEntry]:
        """Every departure of ``body`` from ``operation_id``'s documented success answer."""
        return self.check(self.answer_schema(operation_id), body)

    # ---- checking ----------------------------------------------------------------------------
    def check(self, schema: Any, value: Any) -> list[DriftEntry]:
        """Every departure of ``value`` from ``schema``."""
        found: list[DriftEntry] = []
        self._check(schema, value, (), None, found)
        return found

    def deref(self, schema: Any) -> Any:
        """``schema`` with its ``$ref`` chain followed."""
        # Every record of every page walks the same few references: each is resolved once.
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str):
            return schema
        target = self._targets.get(ref)
        if target is None:
            target = self._targets[ref] = jsonpointer.deref(self.document, schema)
        return target

    def _named(self, schema: Any, name: str | None) -> tuple[Any, str | None]:
        """``schema`` with its ``$ref`` chain followed, and the component it names (else ``name``)."""
        if isinstance(schema, dict) and "$ref" in schema:
            return self.deref(schema), str(schema["$ref"]).rpartition("/")[2]
        return schema, name

    def _check(self, schema: Any, value: Any, at: Location, owner: str | None, out: list[DriftEntry]) -> None:
        """``owner`` is the component schema that declares the field at ``at``, if known."""
        schema, named = self._named(schema, owner)
        if not isinstance(schema, dict):
            return
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches:
            out.extend(self._best_branch(branches, value, at, owner))
            return
        if not self._scalar_ok(schema, value, at, owner, out):
            return
        if type(value) is dict and self._is_object(schema):
            self._check_object(self._merge(schema), value, at, named, out)
        elif type(value) is list:
            self._check_array(schema, value, at, owner, out)

    def _best_branch(
        self, branches: list[Any], value: Any, at: Location, owner: str | None
    ) -> list[DriftEntry]:
        """The departures from the branch that fits best.

        A branch of the value's own type comes first (a drifting object is still an object, not
        a failed null), then the one with the fewest departures.
        """
        best: tuple[bool, int] | None = None
        chosen: list[DriftEntry] = []
        here = render_path(at)
        for branch in branches:
            found: list[DriftEntry] = []
            self._check(branch, value, at, owner, found)
            if not found:
                return []
            rank = (any(e.path == here and e.kind in ("type", "null") for e in found), len(found))
            if best is None or rank < best:
                best, chosen = rank, found
        return chosen

    def _scalar_ok(
        self, schema: Mapping[str, Any], value: Any, at: Location, owner: str | None, out: list[DriftEntry]
    ) -> bool:
        """Type, const, enum and pattern; False when the value is not even of the right type."""
        types = schema.get("type")
        if types is not None:
            allowed = [types] if isinstance(types, str) else list(types)
            if not any(_JSON_TYPES[t](value) for t in allowed if t in _JSON_TYPES):
                kind = "null" if value is None else "type"
                out.append(self._entry(at, kind, " or ".join(allowed), shape(value), owner))
                return False
        if "const" in schema and value != schema["const"]:
            out.append(self._entry(at, "const", repr(schema["const"]), shape(value), owner, value))
        elif "enum" in schema and value not in schema["enum"]:
            listed = ", ".join(map(str, schema["enum"]))
            out.append(self._entry(at, "enum", f"one of {listed}", f"unlisted {shape(value)}", owner, value))
        elif type(value) is str and "pattern" in schema and not re.search(schema["pattern"], value):
            expected = f"string matching {schema['pattern']}"
            out.append(self._entry(at, "pattern", expected, "string not matching", owner))
        return True

    def _check_object(
        self, merged: _Object, value: dict[str, Any], at: Location, named: str | None, out: list[DriftEntry]
    ) -> None:
        for other in merged.others:
            self._check(other, value, at, named, out)
        for key in sorted(merged.required - value.keys()):
            out.append(self._entry((*at, key), "missing", "present (required)", "missing", named))
        for key, item in value.items():
            declared = merged.properties.get(key)
            if declared is not None:
                self._check(declared, item, (*at, key), named, out)
            elif isinstance(merged.additional, dict):
                self._check(merged.additional, item, (*at, MapKey(key)), named, out)
            elif merged.properties or merged.additional is False:
                out.append(self._entry((*at, key), "extra", "no such field", shape(item), named))

    def _check_array(
        self,
        schema: Mapping[str, Any],
        value: list[Any],
        at: Location,
        owner: str | None,
        out: list[DriftEntry],
    ) -> None:
        low, high = schema.get("minItems"), schema.get("maxItems")
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            out.append(self._entry(at, "length", f"{low}..{high} items", f"{len(value)} items", owner))
        prefix = schema.get("prefixItems") or []
        items = schema.get("items")
        for index, item in enumerate(value):
            item_schema = prefix[index] if index < len(prefix) else items
            if isinstance(item_schema, dict):
                self._check(item_schema, item, (*at, index), owner, out)

    def _entry(
        self, at: Location, kind: str, expected: str, seen: str, owner: str | None, value: Any = None
    ) -> DriftEntry:
        key = at[-1] if at else None
        identifier = kind in ("missing", "null") and isinstance(key, str) and key in self.identifiers
        shown = None if value is None and kind not in ("enum", "const") else repr(value)[:60]
        return DriftEntry(render_path(at), kind, expected, seen, owner, identifier, shown)

    # ---- schema helpers ------------------------------------------------------------------------
    @staticmethod
    def _is_object(schema: Mapping[str, Any]) -> bool:
        types = schema.get("type")
        if types is None:
            return "properties" in schema or "allOf" in schema or "additionalProperties" in schema
        return types == "object" or (isinstance(types, list) and "object" in types)

    def _merge(self, schema: Mapping[str, Any]) -> _Object:
        cached = self._merged.get(id(schema))
        if cached is not None:
            return cached
        merged = _Object()
        for part in [schema, *schema.get("allOf", ())]:
            part = self.deref(part)
            if part is not schema and "allOf" in part:
                inner = self._merge(part)
                merged.properties.update(inner.properties)
                merged.required |= inner.required
                merged.others += inner.others
                merged.additional = merged.additional or inner.additional
                continue
            if part is not schema and ("oneOf" in part or "anyOf" in part):
                merged.others.append(part)
                continue
            merged.properties.update(part.get("properties", {}))
            merged.required |= set(part.get("required", ()))
            if "additionalProperties" in part:
                merged.additional = part["additionalProperties"]
        self._merged[id(schema)] = merged
        return merged

    # ---- walking (for mutations) ---------------------------------------------------------------
    def sites(self, schema: Any, value: Any) -> Iterator[Site]:
        """Every value of ``value`` with the (best fitting) schema that describes it, depth first."""
        yield from self._sites(schema, value, (), None)

    def _sites(self, schema: Any, value: Any, at: Location, name: str | None) -> Iterator[Site]:
        schema, name = self._named(schema, name)
        if not isinstance(schema, dict):
            return
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches:
            fits = [b for b in branches if not self.check(b, value)]
            if fits:
                yield from self._sites(fits[0], value, at, name)
            return
        yield Site(at, value, schema, name)
        if type(value) is dict and self._is_object(schema):
            merged = self._merge(schema)
            for key, item in value.items():
                token = key if key in merged.properties else MapKey(key)
                declared = merged.properties.get(key, merged.additional)
                if isinstance(declared, dict):
                    yield from self._sites(declared, item, (*at, token), None)
        elif type(value) is list:
            prefix = schema.get("prefixItems") or []
            for index, item in enumerate(value):
                item_schema = prefix[index] if index < len(prefix) else schema.get("items")
                if isinstance(item_schema, dict):
                    yield from self._sites(item_schema, item, (*at, index), None)

    def object_properties(self, schema: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """The declared properties and the required names of an object schema, ``allOf`` merged."""
        merged = self._merge(schema)
        return merged.properties, merged.required


__all__ = ["DriftEntry", "MapKey", "SchemaChecker", "Site", "render_path"]
