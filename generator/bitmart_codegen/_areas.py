"""Emit ``bitmart_client.areas``: every operation offered by area on one client, fully typed.

``client.spot_market.get_spot_ticker(symbol="BTC_USDT")`` needs, per operation, a signature that
a type checker can read: the same keyword parameters and return type as the generated
``sync`` function, without ``client``. Those signatures are copied from the generated modules
themselves (parsed, not imported), so they can never disagree with them, and whatever naming
and typing rules openapi-python-client applies are followed without being re-implemented here.
The document adds each area's description and each operation's auth type and rate limit to the
docstrings. The templates are in ``generator/area_templates``.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from ._bundle import SpecError
from ._tables import iter_operations

TEMPLATES = Path(__file__).resolve().parent.parent / "area_templates"
# Names an annotation or default may use without an import.
_BUILTINS = frozenset({"str", "int", "float", "bool", "None", "list", "dict", "bytes", "object"})


@dataclass
class _Operation:
    name: str
    params: list[str]
    returns: str
    summary: str
    facts: str


@dataclass
class _Area:
    name: str
    title: str
    description: str
    class_name: str
    operations: list[_Operation] = field(default_factory=list)
    runtime_imports: list[str] = field(default_factory=list)
    typing_imports: list[str] = field(default_factory=list)


def _snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _imports_of(tree: ast.Module) -> dict[str, tuple[str, int]]:
    """Map each imported name of a generated operation module to (module, relative level)."""
    sources: dict[str, tuple[str, int]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                sources[alias.asname or alias.name] = (node.module or "", node.level)
    return sources


def _import_lines(names: set[str], sources: dict[str, tuple[str, int]], where: str) -> set[str]:
    """``from x import y`` lines for ``names``, re-rooted from ``api/<area>/`` to ``areas/``."""
    lines = set()
    for name in names - _BUILTINS:
        if name not in sources:
            raise SpecError(f"{where}: cannot tell where {name!r} comes from")
        module, level = sources[name]
        dots = "." * (level - 1) if level else ""
        lines.add(f"from {dots}{module} import {name}")
    return lines


def _names(nodes: Iterable[ast.expr | None]) -> set[str]:
    return {n.id for node in nodes if node is not None for n in ast.walk(node) if isinstance(n, ast.Name)}


def _facts(op: dict[str, Any]) -> str:
    auth = op.get("x-bitmart-auth", "NONE")
    permission = op.get("x-bitmart-permission")
    limit = op.get("x-bitmart-rate-limit") or {}
    text = f"Auth: {auth}" + (f" ({permission})" if permission else "") + "."
    if limit:
        text += f" Rate limit: {limit['count']} per {limit['window']} s per {limit['scope']}."
    if op.get("deprecated"):
        text += " Retired by BitMart."
    return text


def _area_operations(
    area_dir: Path, operations: dict[str, dict[str, Any]]
) -> tuple[list[_Operation], set[str], set[str]]:
    """The signatures of one area's operations, and the imports their annotations need."""
    found, runtime, typing = [], set(), set()
    for path in sorted(area_dir.glob("*.py")):
        if path.name == "__init__.py":
            continue
        where = f"{area_dir.name}/{path.name}"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        sync = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync")
        if sync.args.args or sync.args.posonlyargs or sync.returns is None:
            raise SpecError(f"{where}: sync() is expected to take keyword arguments only and be annotated")
        params: list[str] = []
        annotations: list[ast.expr | None] = [sync.returns]
        for arg, default in zip(sync.args.kwonlyargs, sync.args.kw_defaults, strict=True):
            if arg.arg == "client":
                continue
            annotations.append(arg.annotation)
            text = f"{arg.arg}: {ast.unparse(arg.annotation)}" if arg.annotation else arg.arg
            params.append(text if default is None else f"{text} = {ast.unparse(default)}")
        sources = _imports_of(tree)
        defaults = [d for d in sync.args.kw_defaults if d is not None]
        runtime |= _import_lines(_names(defaults), sources, where)
        typing |= _import_lines(_names(annotations), sources, where)
        op = operations.get(path.stem)
        if op is None:
            raise SpecError(f"{where}: no operation {path.stem!r} in the document")
        found.append(
            _Operation(path.stem, params, ast.unparse(sync.returns), op.get("summary", path.stem), _facts(op))
        )
    return found, runtime, typing - runtime


def areas_package(document: dict[str, Any], package_dir: Path) -> dict[str, str]:
    """Python sources of ``<package>/areas/*.py``, keyed by file name, from the generated ``api``."""
    operations = {op["operationId"]: op for _, _, op in iter_operations(document)}
    tags = {_snake(tag["name"]): tag for tag in document.get("tags", [])}
    areas = []
    for area_dir in sorted(p for p in (package_dir / "api").iterdir() if p.is_dir()):
        tag = tags.get(area_dir.name)
        if tag is None:
            raise SpecError(f"api/{area_dir.name}: no tag of the document is named like it")
        ops, runtime, typing = _area_operations(area_dir, operations)
        title = tag["name"]
        class_name = "".join(part.capitalize() for part in area_dir.name.split("_"))
        description = tag.get("description", title).strip()
        areas.append(
            _Area(area_dir.name, title, description, class_name, ops, sorted(runtime), sorted(typing))
        )
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - Python source, not HTML
        undefined=jinja2.StrictUndefined,
    )
    package = package_dir.name
    sources = {
        "__init__.py": environment.get_template("areas_init.py.jinja").render(areas=areas, package=package),
        "_bound.py": environment.get_template("_bound.py.jinja").render(package=package),
    }
    area_template = environment.get_template("area.py.jinja")
    for area in areas:
        sources[f"{area.name}.py"] = area_template.render(area=area, package=package)
    return sources
