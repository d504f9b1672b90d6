"""The docs build without a browser: the reference's auth lines, the guides, the stub pages."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs"))
import build_site as build  # noqa: E402 - docs/build_site.py is a script, not a package


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(build.BUNDLE.read_text(encoding="utf-8"))
    return loaded


def _operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        item[m] for item in document["paths"].values() for m in ("get", "post", "put", "delete") if m in item
    ]


def test_every_operation_of_the_reference_starts_with_its_auth_line(document: dict[str, Any]) -> None:
    shown = build.reference_document(document)
    originals = {op["operationId"]: op for op in _operations(document)}
    operations = _operations(shown)
    assert len(operations) == len(originals) >= 141
    for operation in operations:
        original = originals[operation["operationId"]]
        first, _, rest = operation["description"].partition("\n\n")
        assert first.startswith(f"**Auth: {original['x-bitmart-auth']}**")
        assert first.endswith(f"operation `{operation['operationId']}`")
        assert rest.strip() == original.get("description", "").strip()
    assert "Auth:" not in json.dumps(document)  # the bundle itself is left alone


def test_the_auth_line_names_permission_and_limit() -> None:
    operation = {
        "operationId": "submit_spot_order",
        "x-bitmart-auth": "SIGNED",
        "x-bitmart-permission": "Spot-Trade",
        "x-bitmart-rate-limit": {"count": 40, "window": 2, "scope": "UID"},
    }
    assert build.auth_line(operation) == (
        "**Auth: SIGNED** · permission `Spot-Trade` · 40 requests per 2 s per UID · "
        "operation `submit_spot_order`"
    )


def test_the_guides_render_with_links_rewritten(tmp_path: Path) -> None:
    pages = build.build_guides(tmp_path)
    assert [page.name for page in pages] == [f"{name[:-3]}.html" for name, _ in build.GUIDES]
    names = {page.name for page in pages} | {build.REFERENCE}
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "<h1" in text and "<nav>" in text
        assert '.md"' not in text and ".md#" not in text, page.name
        for target in {link.split('"')[0].split("#")[0] for link in text.split('href="')[1:]}:
            if target.endswith(".html"):
                assert target in names, f"{page.name} links to {target}"


def test_the_examples_page_lists_every_example() -> None:
    page = build.examples_markdown()
    scripts = [p.name for p in build.EXAMPLES.glob("*.py") if not p.name.startswith("_")]
    assert len(scripts) >= 20
    for name in scripts:
        assert f"## {name}" in page
    # The module every script imports is on the page too, before them.
    assert page.index("## _connection.py") < min(page.index(f"## {name}") for name in scripts)


@pytest.mark.parametrize(
    ("guide", "commands"),
    [
        ("export-and-withdraw-all.md", ["bitmart export", "bitmart withdraw-all"]),
        ("drift.md", ["python -m bitmart_runtime.drift", "strict=True", "record_drift="]),
    ],
)
def test_the_placeholder_guides_name_their_commands(guide: str, commands: list[str]) -> None:
    text = (build.DOCS / guide).read_text(encoding="utf-8")
    for command in commands:
        assert command in text
