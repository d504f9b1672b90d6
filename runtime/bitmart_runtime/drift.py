"""Drift report: where saved BitMart answers depart from the document, and what to edit.

BitMart changed an endpoint; the client still reads it (leniently) and logs the departure. To
turn that into a spec change::

    python -m bitmart_runtime.drift answers/*.json           # saved by connect(record_drift=DIR)
    python -m bitmart_runtime.drift --operation get_spot_wallet wallet.json   # a bare answer
    python -m bitmart_runtime.drift tests/data/recorded                        # a whole folder

Each file is either ``{"operation": ..., "body": ...}`` (what ``record_drift`` saves, and the
format of ``tests/data/recorded``) or a bare answer envelope, whose operation ``--operation``
names. The report lists, per operation and JSON path, what the document expects, what the
answers had, in how many of them, and the edit that would make the document agree. The exit
status is 0 when nothing departs, 1 when something does, 2 on bad input.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ._schema_check import DriftEntry, SchemaChecker

_SUGGESTIONS = {
    "missing": "{owner}: drop `{name}` from `required` (or document when it is absent)",
    "null": "{owner}.{name}: allow null (type: [{expected}, 'null'])",
    "extra": "{owner}: declare `{name}` ({seen})",
    "enum": "{owner}.{name}: add {values} to the enum",
    "type": "{owner}.{name}: the document says {expected}, the answers send {seen}",
    "pattern": "{owner}.{name}: widen the pattern ({pattern})",
}
"""The spec edit for each kind of departure (``str.format`` templates)."""
_OTHER_SUGGESTION = "{owner}.{name}: {expected} expected, {seen} seen"


@dataclass
class Finding:
    """One departure, seen in one or more answers.

    The operation it was seen in is the first part of its key in ``Report.findings``.
    """

    entry: DriftEntry
    files: list[str] = field(default_factory=list)
    values: set[str] = field(default_factory=set)

    def suggestion(self) -> str:
        """The spec edit that would make the document agree with the answers."""
        entry = self.entry
        return _SUGGESTIONS.get(entry.kind, _OTHER_SUGGESTION).format(
            owner=entry.schema or "the schema",
            name=entry.pattern.rpartition(".")[2] or entry.pattern,
            expected=entry.expected,
            seen=entry.seen,
            values=", ".join(sorted(self.values)),
            pattern=entry.expected.removeprefix("string matching "),
        )


@dataclass
class Report:
    """Everything found in a set of answers."""

    answers: int = 0
    findings: dict[tuple[str, str, str], Finding] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, source: str, operation: str, entries: Iterable[DriftEntry]) -> None:
        """Record the departures found in one answer."""
        self.answers += 1
        for entry in entries:
            key = (operation, entry.pattern, entry.kind)
            finding = self.findings.setdefault(key, Finding(entry))
            if source not in finding.files:
                finding.files.append(source)
            if entry.value is not None:
                finding.values.add(entry.value)

    def render(self, out: TextIO) -> None:
        """Print the report, grouped by operation."""
        if not self.findings:
            print(f"{self.answers} answer(s): no departure from the document.", file=out)
        current = None
        for (operation, _, _), finding in sorted(self.findings.items()):
            if operation != current:
                current = operation
                print(f"\n{operation}", file=out)
            entry = finding.entry
            print(f"  {entry.pattern}  [{entry.kind}] in {len(finding.files)} answer(s)", file=out)
            print(f"      expected {entry.expected}; seen {entry.seen}", file=out)
            print(f"      edit: {finding.suggestion()}", file=out)
        for problem in self.problems:
            print(f"error: {problem}", file=out)

    def as_json(self) -> list[dict[str, Any]]:
        """The findings as JSON-ready records (for scripts)."""
        return [
            {
                "operation": operation,
                "path": f.entry.pattern,
                "kind": f.entry.kind,
                "expected": f.entry.expected,
                "seen": f.entry.seen,
                "schema": f.entry.schema,
                "values": sorted(f.values),
                "answers": len(f.files),
                "edit": f.suggestion(),
            }
            for (operation, _, _), f in sorted(self.findings.items())
        ]


def default_document() -> Path | None:
    """The bundle shipped in the generated package, found without importing it."""
    spec = importlib.util.find_spec("bitmart_client")
    if spec is None or not spec.submodule_search_locations:
        return None
    candidate = Path(next(iter(spec.submodule_search_locations))) / "openapi.json"
    return candidate if candidate.is_file() else None


def answer_files(paths: Sequence[Path]) -> Iterator[Path]:
    """The JSON files named, and those inside the folders named (recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(path.rglob("*.json"))
        else:
            yield path


def build_report(paths: Sequence[Path], checker: SchemaChecker, operation: str | None = None) -> Report:
    """Check every answer file against the document."""
    report = Report()
    for path in answer_files(paths):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:
            report.problems.append(f"{path}: not a readable JSON file ({type(exc).__name__})")
            continue
        name, body = _unwrap(record, operation)
        if name is None:
            report.problems.append(f"{path}: no operation (pass --operation for bare answers)")
            continue
        try:
            entries = checker.check_answer(name, body)
        except KeyError as exc:
            report.problems.append(f"{path}: {exc.args[0]}")
            continue
        report.add(str(path), name, entries)
    return report


def _unwrap(record: Any, operation: str | None) -> tuple[str | None, Any]:
    if isinstance(record, dict) and "body" in record and isinstance(record.get("operation"), str):
        return operation or record["operation"], record["body"]
    return operation, record


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    out = out or sys.stdout
    parser = argparse.ArgumentParser(
        prog="python -m bitmart_runtime.drift", description=__doc__.splitlines()[0]
    )
    parser.add_argument("paths", nargs="+", type=Path, help="answer files or folders of them")
    parser.add_argument("--operation", help="the operationId of bare answers")
    parser.add_argument("--spec", type=Path, help="the bundled document (default: bitmart_client's)")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    args = parser.parse_args(argv)
    document = args.spec or default_document()
    if document is None:
        print("error: no document found; pass --spec PATH", file=sys.stderr)
        return 2
    try:
        checker = SchemaChecker(json.loads(document.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        print(f"error: cannot read the document {document}: {type(exc).__name__}", file=sys.stderr)
        return 2
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    report = build_report(args.paths, checker, args.operation)
    if args.json:
        json.dump(report.as_json(), out, indent=1)
        out.write("\n")
    else:
        report.render(out)
    if report.problems:
        return 2
    return 1 if report.findings else 0


__all__ = ["DriftEntry", "Finding", "Report", "build_report", "default_document", "main"]

if __name__ == "__main__":
    sys.exit(main())
