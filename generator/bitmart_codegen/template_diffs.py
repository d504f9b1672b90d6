"""Our template overrides, checked against the openapi-python-client templates they copy.

In the manner of openapi-python-client's own ``expected_differences`` golden records: for each
template in ``generator/templates`` that overrides one of the pinned generator's, the unified
diff from upstream to ours is kept in ``generator/template_differences/<name>.diff``; templates
with no upstream counterpart are listed in ``ADDED``, and the generator version the diffs were
taken against in ``VERSION``. The test suite compares them with the live diffs, so that
upgrading the generator shows exactly what changed upstream under our overrides, and an edit to
an override shows up in review as a change of its recorded diff.

    python -m bitmart_codegen.template_diffs            # print what differs from the records
    python -m bitmart_codegen.template_diffs --update   # rewrite the records after a review
"""

from __future__ import annotations

import argparse
import difflib
import sys
from importlib import metadata
from pathlib import Path

import openapi_python_client

GENERATOR_DIR = Path(__file__).resolve().parent.parent
OURS = GENERATOR_DIR / "templates"
RECORDS = GENERATOR_DIR / "template_differences"
UPSTREAM = Path(openapi_python_client.__file__).resolve().parent / "templates"


def generator_version() -> str:
    """The installed openapi-python-client version."""
    return metadata.version("openapi-python-client")


def templates() -> list[str]:
    """Our templates, as paths relative to the templates folder."""
    return sorted(p.relative_to(OURS).as_posix() for p in OURS.rglob("*.jinja"))


def live_diff(name: str) -> str | None:
    """The diff from upstream's ``name`` to ours, or ``None`` if upstream has no such template."""
    upstream = UPSTREAM / name
    if not upstream.is_file():
        return None
    before = upstream.read_text(encoding="utf-8").splitlines(keepends=True)
    after = (OURS / name).read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(difflib.unified_diff(before, after, f"upstream/{name}", f"ours/{name}"))


def record_path(name: str) -> Path:
    """Where the recorded diff of ``name`` lives."""
    return RECORDS / (name.replace("/", "__") + ".diff")


def recorded_added() -> list[str]:
    """The templates recorded as ours alone."""
    path = RECORDS / "ADDED"
    names = (line.split("#")[0].strip() for line in path.read_text().splitlines())
    return sorted(name for name in names if name)


def mismatches() -> list[str]:
    """What differs between the records and the live templates (empty when they agree)."""
    problems = []
    version = (RECORDS / "VERSION").read_text().strip()
    if version != generator_version():
        problems.append(f"recorded against openapi-python-client {version}, installed {generator_version()}")
    added = []
    for name in templates():
        diff = live_diff(name)
        if diff is None:
            added.append(name)
            continue
        record = record_path(name)
        if not record.is_file() or record.read_text(encoding="utf-8") != diff:
            where = record.relative_to(GENERATOR_DIR)
            problems.append(f"{name}: the diff from upstream differs from {where}")
    if added != recorded_added():
        listed = recorded_added()
        problems.append(f"templates without an upstream counterpart are {added}, ADDED lists {listed}")
    expected = {record_path(name).name for name in templates() if live_diff(name) is not None}
    stale = sorted(p.name for p in RECORDS.glob("*.diff") if p.name not in expected)
    if stale:
        problems.append(f"records of templates that are no longer overridden: {stale}")
    return problems


def update() -> None:
    """Rewrite every record from the live templates."""
    RECORDS.mkdir(exist_ok=True)
    for stale in RECORDS.glob("*.diff"):
        stale.unlink()
    added = []
    for name in templates():
        diff = live_diff(name)
        if diff is None:
            added.append(name)
        else:
            record_path(name).write_text(diff, encoding="utf-8")
    (RECORDS / "ADDED").write_text("".join(f"{name}\n" for name in added), encoding="utf-8")
    (RECORDS / "VERSION").write_text(generator_version() + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m bitmart_codegen.template_diffs")
    parser.add_argument("--update", action="store_true", help="rewrite the records from the templates")
    args = parser.parse_args(argv)
    if args.update:
        update()
        print(f"recorded {len(templates())} templates in {RECORDS}")
        return 0
    problems = mismatches()
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
