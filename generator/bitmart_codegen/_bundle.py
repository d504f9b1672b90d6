"""Merge the spec fragments in ``spec/`` into one OpenAPI document.

Every fragment is a partial OpenAPI document. Merging is a deep union of mappings in which a
key may be defined only once: two fragments that define the same path operation, schema or
extension are a mistake, reported with both file names. Lists (only ``tags`` and ``servers`` at
the root) may be given by one fragment only, for the same reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bitmart_runtime import jsonpointer
from ruamel.yaml import YAML

ROOT_FRAGMENT = "openapi.yaml"


class SpecError(Exception):
    """The spec fragments cannot be merged into a valid bundle."""


def fragment_paths(spec_dir: Path, areas: list[str] | None = None) -> list[Path]:
    """Return the fragment files of ``spec_dir`` in merge order: the root first, then by name.

    With ``areas``, only those files of ``areas/`` are included (by stem, e.g. ``spot_market``);
    the shared fragments always are. This lets one area be checked on its own.
    """
    root = spec_dir / ROOT_FRAGMENT
    if not root.is_file():
        raise SpecError(f"{root}: the root fragment is missing")
    others = sorted(p for p in spec_dir.rglob("*.yaml") if p != root)
    if areas is not None:
        unknown = set(areas) - {p.stem for p in others if p.parent.name == "areas"}
        if unknown:
            raise SpecError(f"no such area: {', '.join(sorted(unknown))}")
        others = [p for p in others if p.parent.name != "areas" or p.stem in areas]
    return [root, *others]


def load_fragment(path: Path) -> dict[str, Any]:
    """Parse one YAML fragment (YAML 1.2, so ``no`` and ``on`` stay strings)."""
    yaml = YAML(typ="safe", pure=True)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"))
    except Exception as exc:  # ruamel raises several unrelated types
        raise SpecError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{path}: a fragment must be a mapping")
    fragment: dict[str, Any] = _stringify_keys(data)
    return fragment


def _stringify_keys(node: Any) -> Any:
    # JSON has only string keys; converting here makes `200:` and `'200':` collide visibly.
    if isinstance(node, dict):
        return {str(key): _stringify_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_stringify_keys(item) for item in node]
    return node


def _merge(
    target: dict[str, Any], source: dict[str, Any], origin: dict[str, str], where: str, name: str
) -> None:
    for key, value in source.items():
        here = f"{where}/{key}"
        if key not in target:
            target[key] = value
            origin[here] = name
            continue
        if isinstance(target[key], dict) and isinstance(value, dict):
            _merge(target[key], value, origin, here, name)
            continue
        first = _first_origin(origin, here)
        raise SpecError(f"{here} is defined twice: in {first} and in {name}")


def _first_origin(origin: dict[str, str], where: str) -> str:
    # The key may have arrived inside a larger mapping; walk up until a recorded prefix is found.
    path = where
    while path:
        if path in origin:
            return origin[path]
        path = path.rpartition("/")[0]
    return "?"


def bundle(spec_dir: Path, areas: list[str] | None = None) -> dict[str, Any]:
    """Merge the fragments of ``spec_dir`` (all areas, or only ``areas``) into one document."""
    document: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for path in fragment_paths(spec_dir, areas):
        _merge(document, load_fragment(path), origin, "", str(path.relative_to(spec_dir)))
    _check_refs(document)
    return document


def _check_refs(document: dict[str, Any]) -> None:
    missing = sorted({ref for ref in jsonpointer.walk_refs(document) if not _resolves(document, ref)})
    if missing:
        raise SpecError("unresolved $ref: " + ", ".join(missing))


def _resolves(document: dict[str, Any], ref: str) -> bool:
    if not ref.startswith("#/"):
        return False
    try:
        jsonpointer.resolve(document, ref)
    except KeyError:
        return False
    return True


def dump_json(document: dict[str, Any]) -> str:
    """Serialise a document the same way every time (stable diffs of the committed bundle)."""
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
