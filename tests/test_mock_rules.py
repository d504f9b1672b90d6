"""Every BitMart rule the mock applies comes from the document: no code, path prefix or
permission is written in the mock's source, and the document's rule tables are complete."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path
from typing import Any

import pytest
from bitmart_mock._spec import SPEC

MOCK = Path(__file__).resolve().parent.parent / "mock_server" / "bitmart_mock"
_NUMBER = re.compile(r"\b\d{5}\b")


def _tokens() -> list[tuple[str, int, int, str]]:
    """(file, line, token type, text) of every token of the mock's source."""
    found = []
    for path in sorted(MOCK.rglob("*.py")):
        for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            found.append((path.relative_to(MOCK).as_posix(), token.start[0], token.type, token.string))
    return found


TEXT = (tokenize.STRING, tokenize.COMMENT, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING))


def test_no_error_code_is_written_in_the_mock() -> None:
    codes = {str(code) for code in SPEC.error_codes}
    hits = [
        f"{file}:{line}: {text[:60]}"
        for file, line, kind, text in _tokens()
        if (kind == tokenize.NUMBER and text in codes)
        or (kind in TEXT and any(number in codes for number in _NUMBER.findall(text)))
    ]
    assert hits == []


def test_no_bitmart_path_prefix_is_written_in_the_mock() -> None:
    prefixes = {"/" + path.split("/")[1] + "/" for path in SPEC.bundle["paths"]}
    hits = [
        f"{file}:{line}: {text[:60]}"
        for file, line, kind, text in _tokens()
        if kind in TEXT and any(prefix in text for prefix in prefixes)
    ]
    assert prefixes >= {"/spot/", "/contract/", "/account/", "/system/"}
    assert hits == []


def test_no_permission_name_is_written_in_the_mock() -> None:
    names = set(SPEC.rules.permissions)
    hits = []
    for file, line, kind, text in _tokens():
        if kind != tokenize.STRING:
            continue
        value = ast.literal_eval(text) if not text.lstrip("rbuRBU").startswith(("f", "F")) else text
        if value in names or any(name in str(value) for name in names if "-" in name or " " in name):
            hits.append(f"{file}:{line}: {text[:60]}")
    assert hits == []


def test_every_error_name_the_mock_raises_is_in_the_document() -> None:
    used = set()
    for path in MOCK.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("MockError", "Wallet"):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    used.add(first.value)
    assert len(used) > 50
    assert used - set(SPEC.rules.errors.by_name) == set()


def test_every_operation_has_a_service_and_a_family() -> None:
    for op in SPEC.by_id.values():
        assert op.service.method_not_allowed in SPEC.error_codes, op.operation_id
        assert op.family.name in SPEC.rules.families


def test_every_family_code_and_global_code_is_in_the_error_table() -> None:
    table = SPEC.error_codes
    for family in SPEC.rules.families.values():
        assert family.codes <= set(table), family.name
    for group, codes in SPEC.rules.errors.global_codes.items():
        assert codes <= set(table), group


def test_every_permission_an_operation_names_is_listed() -> None:
    used = {op.permission for op in SPEC.by_id.values() if op.permission is not None}
    assert used == set(SPEC.rules.permissions)


@pytest.mark.parametrize("name", sorted(SPEC.rules.errors.by_name))
def test_error_names_are_snake_case(name: str) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9_]*", name)


def test_the_maintenance_switches_are_the_service_types_of_get_system_service(
    bundle: dict[str, Any],
) -> None:
    service_types = bundle["components"]["schemas"]["MaintenanceWindow"]["properties"]["service_type"]["enum"]
    assert set(SPEC.rules.maintenance_switches) == set(service_types)
