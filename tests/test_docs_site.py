"""The built site in headless Chromium: every operation on the reference page with its auth type.

Run by ``nox -s docs`` after it builds ``site/`` (the ``tests`` session leaves this module out:
it needs Node.js for the build and Chromium for the checks). Run alone, it builds the site
first. The screenshots it takes stay in ``site/`` as CI artifacts.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from headless_chromium import CHROMIUM, Chromium

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(os.environ.get("BITMART_DOCS_SITE", ROOT / "site"))
BUNDLE = ROOT / "generated" / "bitmart_client" / "openapi.json"
_METHODS = ("get", "put", "post", "delete", "patch")

# Walks the reference page's routes (``#/<tag>/<operationId>``, Redoc renders one section at
# a time) and reads, for each operation, the auth type on the line that names it.
_WALK = """
async (routes) => {
  const sleep = ms => new Promise(done => setTimeout(done, ms));
  for (let i = 0; i < 200 && !document.querySelector('#api-content'); i++) await sleep(50);
  const found = {};
  for (const [route, operation] of routes) {
    location.hash = '#' + route;
    const line = new RegExp('Auth: (NONE|KEYED|SIGNED)[^\\\\n]*operation ' + operation + '(?![\\\\w])');
    let match = null;
    for (let i = 0; i < 120 && !match; i++) {
      await sleep(50);
      match = document.body.innerText.match(line);
    }
    found[operation] = match ? match[1] : null;
  }
  return found;
}
"""


@pytest.fixture(scope="module")
def site() -> Path:
    """The built site; built here if ``nox -s docs`` has not built it."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get update && apt-get install -y chromium", pytrace=False)
    if not (SITE / "reference.html").exists():
        sys.path.insert(0, str(ROOT / "docs"))
        import build_site as build

        build.main(["--output", str(SITE)])
    return SITE


def _operations() -> dict[str, tuple[str, str]]:
    """operationId -> (route on the reference page, auth type), from the bundle."""
    document: dict[str, Any] = json.loads(BUNDLE.read_text(encoding="utf-8"))
    operations = {}
    for item in document["paths"].values():
        for method in _METHODS:
            if method in item:
                operation = item[method]
                tag = re.sub(r"[^a-z0-9]+", "-", operation["tags"][0].lower()).strip("-")
                identifier = operation["operationId"]
                operations[identifier] = (f"/{tag}/{identifier}", operation["x-bitmart-auth"])
    return operations


def test_every_operation_is_on_the_reference_page_with_its_auth_type(site: Path) -> None:
    operations = _operations()
    assert len(operations) >= 141
    routes = [[route, identifier] for identifier, (route, _) in operations.items()]
    with Chromium() as browser:
        browser.open((site / "reference.html").as_uri())
        seen = browser.evaluate(f"({_WALK})({json.dumps(routes)})")
        browser.evaluate("location.hash = '#/spot-trading/submit_spot_order'")
        browser.evaluate("new Promise(done => setTimeout(done, 1000))")
        shot = browser.screenshot(site / "reference.png")
    expected = {identifier: auth for identifier, (_, auth) in operations.items()}
    assert seen == expected
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 10_000


def test_every_guide_renders_with_the_navigation(site: Path) -> None:
    guides = sorted(site.glob("*.html"))
    names = {page.name for page in guides}
    assert {"index.html", "quickstart.html", "drift.html", "reference.html"} <= names
    with Chromium(width=1280, height=1100) as browser:
        for page in guides:
            if page.name == "reference.html":
                continue
            browser.open(page.as_uri())
            title = browser.evaluate("document.querySelector('main h1').innerText")
            links = browser.evaluate(
                "Array.from(document.querySelectorAll('nav a')).map(a => a.getAttribute('href'))"
            )
            assert title, page.name
            assert set(links) <= names, f"{page.name} links to missing pages"
            assert len(links) == len(names), page.name
            broken = browser.evaluate(
                'Array.from(document.querySelectorAll(\'main a[href$=".html"], main a[href*=".html#"]\'))'
                ".map(a => a.getAttribute('href').split('#')[0])"
            )
            assert set(broken) <= names, f"{page.name} links to {set(broken) - names}"
        browser.open((site / "quickstart.html").as_uri())
        shot = browser.screenshot(site / "guides.png")
    assert shot.read_bytes().startswith(b"\x89PNG")
