"""Build the documentation site into ``site/``: the guides of ``docs/`` and the API reference.

    python docs/build_site.py [--output site] [--no-reference]      # or: nox -s docs

The guides are Markdown, rendered with Python-Markdown (tables, fenced code highlighted by
Pygments, heading anchors) into one plain HTML template with a navigation column. The
examples page is made from ``examples/``: each script's docstring and source, after the module
they share. The API reference is the bundled OpenAPI document rendered by Redocly
(``build-docs``, the same CLI the lint session runs), after one change: each operation's
description starts with its auth type, permission, rate limit and operationId, so that the page
shows them on every operation.
"""

from __future__ import annotations

import argparse
import ast
import copy
import html
import json
import os
import re
import shutil
import string
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import markdown
from pygments.formatters import HtmlFormatter

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
BUNDLE = ROOT / "generated" / "bitmart_client" / "openapi.json"
EXAMPLES = ROOT / "examples"
REDOCLY = "@redocly/cli@2.77.0"
REFERENCE = "reference.html"

# The navigation, in order: (Markdown source or generated page, title).
GUIDES = [
    ("index.md", "Overview"),
    ("quickstart.md", "Quickstart"),
    ("errors-and-retries.md", "Errors and retries"),
    ("rate-limits.md", "Rate limits"),
    ("testing-with-the-mock.md", "Testing with the mock"),
    ("examples.md", "Examples"),
    ("export-and-withdraw-all.md", "Export and withdraw-all"),
    ("drift.md", "Drift"),
    ("regenerating.md", "Regenerating after a BitMart change"),
]
_METHODS = ("get", "put", "post", "delete", "patch")
_PAGE = string.Template((DOCS / "_template.html").read_text(encoding="utf-8"))


def auth_line(operation: dict[str, Any]) -> str:
    """The first line of an operation's description on the reference page."""
    auth = operation.get("x-bitmart-auth", "NONE")
    parts = [f"**Auth: {auth}**"]
    if operation.get("x-bitmart-permission"):
        parts.append(f"permission `{operation['x-bitmart-permission']}`")
    limit = operation.get("x-bitmart-rate-limit")
    if limit:
        parts.append(f"{limit['count']} requests per {limit['window']} s per {limit['scope']}")
    parts.append(f"operation `{operation['operationId']}`")
    return " · ".join(parts)


def reference_document(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of the bundle whose operation descriptions start with ``auth_line``."""
    shown = copy.deepcopy(document)
    for operation in _operations(shown):
        description = operation.get("description", "")
        operation["description"] = f"{auth_line(operation)}\n\n{description}".rstrip() + "\n"
    return shown


def _operations(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every operation object of ``document``, path by path."""
    for item in document.get("paths", {}).values():
        yield from (item[method] for method in _METHODS if item.get(method) is not None)


def examples_markdown() -> str:
    """The examples page: every script of ``examples/`` with its docstring and its source."""
    lines = [
        "# Examples",
        "",
        "One short script per common task, in `examples/`. Each takes the base URL and the",
        "credentials from `BITMART_BASE_URL` and `BITMART_API_KEY` / `_SECRET` / `_MEMO`, and",
        "talks to the local mock (`python -m bitmart_mock --port 8080`) when they are unset;",
        'set `BITMART_BASE_URL=""` and your keys to use BitMart itself. CI runs every one of',
        "them against the mock (`tests/test_examples.py`). The scripts read those variables",
        "through the folder's shared `_connection.py`, shown first.",
        "",
    ]
    # The shared modules first: every script below imports them.
    for script in sorted(EXAMPLES.glob("*.py"), key=lambda path: (not path.name.startswith("_"), path.name)):
        source = script.read_text(encoding="utf-8")
        summary = (ast.get_docstring(ast.parse(source)) or script.stem).split("\n\n")[0]
        lines += [f"## {script.name}", "", summary, "", "```python", source.rstrip(), "```", ""]
    return "\n".join(lines)


def _to_html_links(body: str) -> str:
    """Links between guides are written ``page.md`` (they work on GitHub too); the site has .html."""
    return re.sub(r'href="([a-z0-9-]+)\.md(#[^"]*)?"', r'href="\1.html\2"', body)


def render_page(source: str, current: str) -> str:
    """One guide as a complete HTML page with the navigation."""
    converter = markdown.Markdown(
        extensions=["tables", "fenced_code", "codehilite", "toc", "sane_lists"],
        extension_configs={"codehilite": {"guess_lang": False}, "toc": {"permalink": False}},
    )
    body = _to_html_links(converter.convert(source))
    title = next(title for name, title in GUIDES if name == current)
    links = [
        f'<a href="{name[:-3]}.html"{" class=current" if name == current else ""}>{html.escape(label)}</a>'
        for name, label in GUIDES
    ]
    links.append(f'<a href="{REFERENCE}">API reference</a>')
    return _PAGE.substitute(
        title=html.escape(title),
        navigation="\n".join(links),
        body=body,
        highlight=HtmlFormatter().get_style_defs(".codehilite"),  # type: ignore[no-untyped-call]
    )


def build_guides(output: Path) -> list[Path]:
    """Render every guide of ``GUIDES`` into ``output``; returns the pages written."""
    written = []
    for name, _ in GUIDES:
        source = examples_markdown() if name == "examples.md" else (DOCS / name).read_text(encoding="utf-8")
        page = output / f"{name[:-3]}.html"
        page.write_text(render_page(source, name), encoding="utf-8")
        written.append(page)
    return written


def build_reference(output: Path, npx: str = "npx") -> Path:
    """Render the bundle with Redocly into ``output/reference.html`` (scripts inlined: works offline)."""
    document = json.loads(BUNDLE.read_text(encoding="utf-8"))
    page = output / REFERENCE
    with tempfile.TemporaryDirectory(prefix="bitmart-docs-") as tmp:
        shown = Path(tmp) / "openapi.json"
        shown.write_text(json.dumps(reference_document(document)), encoding="utf-8")
        command = [npx, "--yes", REDOCLY, "build-docs", str(shown), "--output", str(page), "--inlineBundle"]
        command += ["--title", f"{document['info']['title']} reference"]
        # No telemetry from the readers' browsers.
        subprocess.run(command, check=True, cwd=tmp, env={**os.environ, "REDOCLY_TELEMETRY": "off"})
    return page


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=ROOT / "site", help="folder to write (default site/)")
    parser.add_argument("--no-reference", action="store_true", help="only the guides (no Node.js needed)")
    args = parser.parse_args(argv)
    output: Path = args.output
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    pages = build_guides(output)
    if not args.no_reference:
        pages.append(build_reference(output))
    for page in pages:
        print(f"wrote {page.relative_to(output.parent) if output.parent in page.parents else page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
