"""``python -m bitmart_codegen``: regenerate ``generated/bitmart_client`` from ``spec/``.

Steps: merge the fragments into one bundle, derive the client view, run openapi-python-client
with this folder's config and templates, then add the bundle itself and the operation and
error-code tables. Everything is produced in a temporary folder and only then copied over the
package, so a failed run leaves the committed package untouched. ``--check`` compares instead
of copying and exits 1 when the committed package is stale.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ._areas import areas_package
from ._bundle import SpecError, bundle, dump_json
from ._client_view import client_view
from ._pagination import pagination_module
from ._rows import rows_module
from ._tables import error_codes_module, operations_module

GENERATOR_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = GENERATOR_DIR.parent
PACKAGE = "bitmart_client"
TABLE_MODULES = ("operations.py", "error_codes.py", "pagination.py", "rows.py")
"""The modules written from the bundle by this package rather than by openapi-python-client."""


def build(spec_dir: Path, work_dir: Path, areas: list[str] | None = None) -> Path:
    """Generate the package into ``work_dir`` and return the package folder."""
    document = bundle(spec_dir, areas)
    view_path = work_dir / "client-view.json"
    view_path.write_text(json.dumps(client_view(document), indent=1), encoding="utf-8")
    package_dir = work_dir / PACKAGE
    command = [
        sys.executable,
        "-m",
        "bitmart_codegen._run_generator",
        "generate",
        "--path",
        str(view_path),
        "--config",
        str(GENERATOR_DIR / "config.yaml"),
        "--custom-template-path",
        str(GENERATOR_DIR / "templates"),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--fail-on-warning",
    ]
    # The generator's post-hooks call `ruff`; make the one installed beside this Python visible.
    # PYTHONHASHSEED: the generator orders some enum values through a set; fix the hash seed so
    # that values differing only in case ("Long", "long") come out in the same order every run.
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        "PYTHONHASHSEED": "0",
        "PYTHONPATH": os.pathsep.join([str(GENERATOR_DIR), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if result.returncode != 0:
        raise SpecError("openapi-python-client failed:\n" + result.stdout + result.stderr)
    (package_dir / "openapi.json").write_text(dump_json(document), encoding="utf-8")
    (package_dir / "operations.py").write_text(operations_module(document), encoding="utf-8")
    (package_dir / "error_codes.py").write_text(error_codes_module(document), encoding="utf-8")
    (package_dir / "pagination.py").write_text(pagination_module(document), encoding="utf-8")
    (package_dir / "rows.py").write_text(rows_module(document), encoding="utf-8")
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    tables = [str(package_dir / name) for name in TABLE_MODULES]
    subprocess.run([sys.executable, "-m", "ruff", "format", "--isolated", "--quiet", *tables], check=True)
    _write_areas(document, package_dir)
    shutil.rmtree(package_dir / ".ruff_cache", ignore_errors=True)
    return package_dir


def _write_areas(document: dict[str, Any], package_dir: Path) -> None:
    """Add ``areas/``, the operations by area on one client, formatted like the rest."""
    areas_dir = package_dir / "areas"
    areas_dir.mkdir()
    for name, source in areas_package(document, package_dir).items():
        (areas_dir / name).write_text(source, encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    fix = ["check", "--isolated", "--fix-only", "--quiet", "--extend-select=I", str(areas_dir)]
    subprocess.run([*ruff, *fix], check=True)
    subprocess.run([*ruff, "format", "--isolated", "--quiet", str(areas_dir)], check=True)


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths of files that are missing, extra or different between two package trees."""

    def files(root: Path) -> dict[str, Path]:
        return {
            p.relative_to(root).as_posix(): p
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    left, right = files(expected), files(actual)
    return sorted(
        rel
        for rel in left.keys() | right.keys()
        if rel not in left or rel not in right or left[rel].read_bytes() != right[rel].read_bytes()
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit status."""
    parser = argparse.ArgumentParser(prog="python -m bitmart_codegen", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=REPO_DIR / "spec", help="folder of spec fragments")
    parser.add_argument(
        "--output", type=Path, default=REPO_DIR / "generated", help="folder that holds the package"
    )
    parser.add_argument("--check", action="store_true", help="fail if the committed package differs")
    parser.add_argument(
        "--area",
        action="append",
        dest="areas",
        help="only this spec area (repeatable); for checking one area",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bitmart-codegen-") as tmp:
        try:
            fresh = build(args.spec.resolve(), Path(tmp), args.areas)
        except SpecError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        target = args.output.resolve() / PACKAGE
        if args.check:
            if not target.is_dir():
                print(f"error: {target} does not exist; run the generate session", file=sys.stderr)
                return 1
            stale = differences(fresh, target)
            if stale:
                print(f"error: {target} is stale; run `nox -s generate`. Differences:", file=sys.stderr)
                for rel in stale:
                    print(f"  {rel}", file=sys.stderr)
                return 1
            print(f"{target} matches the spec")
            return 0
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(fresh, target)
        print(f"generated {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
