"""Saving answers that drift, for a maintainer's report, without anything personal in them.

``connect(record_drift=DIR)`` saves each drifting answer as one JSON file in ``DIR``, in the
format the drift report reads (``python -m bitmart_runtime.drift DIR/*.json``). Before saving,
every field the document names in ``x-bitmart-personal`` (account ids, e-mail addresses,
deposit addresses, memos...) is blanked wherever it occurs, keeping its JSON type so that the
report still sees the answer's shape. Credentials are never part of an answer body; headers are
not saved at all. At most a few answers per operation and kind of drift are kept per process,
so a long export that drifts on every page does not fill the disk.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ._schema_check import DriftEntry, SchemaChecker

_PER_SIGNATURE = 5
_saved: dict[tuple[str, frozenset[tuple[str, str]]], int] = {}
_lock = threading.Lock()
_counter = itertools.count(1)


def blank(value: Any, personal: frozenset[str]) -> Any:
    """A copy of ``value`` with the personal fields blanked (same JSON type, no content)."""
    if isinstance(value, dict):
        return {
            key: _placeholder(item) if key in personal else blank(item, personal)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [blank(item, personal) for item in value]
    return value


def _placeholder(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return 0
    if isinstance(value, str):
        return "REDACTED" if value else ""
    if isinstance(value, list):
        return []
    return {}


def save_answer(
    folder: Path,
    operation: str,
    status: int,
    body: Any,
    drift: Iterable[DriftEntry],
    checker: SchemaChecker | None,
) -> Path | None:
    """Save one drifting answer under ``folder``; return its path (``None`` when capped)."""
    entries = list(drift)
    signature = (operation, frozenset((entry.pattern, entry.kind) for entry in entries))
    with _lock:
        if _saved.get(signature, 0) >= _PER_SIGNATURE:
            return None
        _saved[signature] = _saved.get(signature, 0) + 1
        number = next(_counter)
    names = checker.document.get("x-bitmart-personal", ()) if checker is not None else ()
    personal = frozenset(names)
    record = {
        "operation": operation,
        "status": status,
        "saved_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "drift": [entry.describe() for entry in entries],
        "body": blank(body, personal),
    }
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = folder / f"{operation}-{stamp}-{os.getpid()}-{number}.json"
    partial = target.with_suffix(".part")
    partial.write_text(json.dumps(record, indent=1, ensure_ascii=False), encoding="utf-8")
    partial.replace(target)
    return target


__all__ = ["blank", "save_answer"]
