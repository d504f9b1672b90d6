"""BitMart's rules as the document states them: error codes by name, services, families, permissions.

Nothing here is written by hand: every table is read from the bundle's vendor extensions
(``x-bitmart-error-codes``, ``x-bitmart-global-errors``, ``x-bitmart-services``,
``x-bitmart-families``, ``x-bitmart-permissions``), so the mock and the document cannot disagree
on a code, a path family or a permission name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple


class ErrorEntry(NamedTuple):
    """One row of BitMart's error table."""

    code: int
    name: str
    http_status: int | None
    kind: str
    message: str
    maintenance_alias: bool


class ErrorTable:
    """BitMart's error codes, by number and by symbolic name."""

    def __init__(self, bundle: Mapping[str, Any]) -> None:
        self.by_code: dict[int, ErrorEntry] = {}
        for code, row in bundle["x-bitmart-error-codes"].items():
            entry = ErrorEntry(
                int(code),
                row["name"],
                row["http"],
                row["kind"],
                row["message"],
                bool(row.get("maintenance_alias", False)),
            )
            self.by_code[entry.code] = entry
        self.by_name = {entry.name: entry for entry in self.by_code.values()}
        if len(self.by_name) != len(self.by_code):
            raise ValueError("two error codes share a name in x-bitmart-error-codes")
        groups = bundle["x-bitmart-global-errors"]
        self.global_codes: dict[str, frozenset[int]] = {
            group: frozenset(int(code) for code in codes) for group, codes in groups.items()
        }
        self.maintenance_codes = frozenset(
            entry.code
            for entry in self.by_code.values()
            if entry.kind == "maintenance" or entry.maintenance_alias
        )

    def code(self, name: str) -> int:
        """The code called ``name`` (``KeyError`` for a name the document does not have)."""
        return self.by_name[name].code

    def __contains__(self, code: object) -> bool:
        return code in self.by_code


@dataclass(frozen=True)
class ServiceRule:
    """One entry of ``x-bitmart-services``: which service answers the paths it matches."""

    prefix: str
    hosts: frozenset[str] | None
    maintenance: str | None
    """The maintenance switch covering these paths (``None``: never under maintenance)."""
    method_not_allowed: int
    success_message: str
    family: str

    def matches(self, host: str, path: str) -> bool:
        """Whether a path on ``host`` belongs to this service."""
        return path.startswith(self.prefix) and (self.hosts is None or host in self.hosts)


@dataclass(frozen=True)
class FamilyRules:
    """One entry of ``x-bitmart-families``: how a family reports requests that break the schema."""

    name: str
    missing: int
    invalid: int
    wrong_type: int
    not_an_object: int
    unsupported_media_type: int
    client_order_id_too_long: int | None
    client_order_id_invalid: int | None
    missing_fields: Mapping[str, int]
    invalid_fields: Mapping[str, int]

    def missing_code(self, field: str) -> int:
        """The code for a missing ``field``."""
        return self.missing_fields.get(field, self.missing)

    def invalid_code(self, field: str, *, wrong_type: bool) -> int:
        """The code for an invalid ``field`` (a value of the wrong JSON type when ``wrong_type``)."""
        specific = self.invalid_fields.get(field)
        if specific is not None:
            return specific
        return self.wrong_type if wrong_type else self.invalid

    @property
    def codes(self) -> frozenset[int]:
        """Every code this family's validation can answer."""
        fixed = {self.missing, self.invalid, self.wrong_type, self.not_an_object, self.unsupported_media_type}
        optional = {self.client_order_id_too_long, self.client_order_id_invalid} - {None}
        return frozenset(
            {*fixed, *(c for c in optional if c is not None), *self.missing_fields.values()}
            | set(self.invalid_fields.values())
        )


def _family(name: str, row: Mapping[str, Any]) -> FamilyRules:
    client_ids = row.get("client-order-id", {})
    return FamilyRules(
        name=name,
        missing=int(row["missing"]),
        invalid=int(row["invalid"]),
        wrong_type=int(row["wrong-type"]),
        not_an_object=int(row["not-an-object"]),
        unsupported_media_type=int(row["unsupported-media-type"]),
        client_order_id_too_long=client_ids.get("too-long"),
        client_order_id_invalid=client_ids.get("invalid"),
        missing_fields={k: int(v) for k, v in row.get("missing-fields", {}).items()},
        invalid_fields={k: int(v) for k, v in row.get("invalid-fields", {}).items()},
    )


class Rules:
    """Every BitMart rule of the document the mock applies."""

    def __init__(self, bundle: Mapping[str, Any]) -> None:
        self.errors = ErrorTable(bundle)
        self.permissions: tuple[str, ...] = tuple(bundle["x-bitmart-permissions"])
        self.services = tuple(
            ServiceRule(
                prefix=row["prefix"],
                hosts=frozenset(row["hosts"]) if "hosts" in row else None,
                maintenance=row["maintenance"],
                method_not_allowed=int(row["method-not-allowed"]),
                success_message=row["success-message"],
                family=row["family"],
            )
            for row in bundle["x-bitmart-services"]
        )
        self.families = {name: _family(name, row) for name, row in bundle["x-bitmart-families"].items()}
        self.maintenance_switches = tuple(
            dict.fromkeys(rule.maintenance for rule in self.services if rule.maintenance is not None)
        )
        """The services that can be put under maintenance, in the document's order."""

    def service(self, host: str, path: str) -> ServiceRule:
        """The service answering ``path`` on ``host`` (``LookupError`` if no rule matches)."""
        for rule in self.services:
            if rule.matches(host, path):
                return rule
        raise LookupError(f"no x-bitmart-services rule matches {path} on the {host} host")


__all__ = ["ErrorEntry", "ErrorTable", "FamilyRules", "Rules", "ServiceRule"]
