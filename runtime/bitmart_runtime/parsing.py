"""From a success envelope to the typed model: lenient by default, strict on request.

Following openai-python, which validates answers only when asked: by default the generated
models take whatever BitMart sent (see :mod:`bitmart_runtime.lenient`), and whatever departed
from the document is worked out here, with JSON paths, recorded on the response, logged once
per operation and path on ``bitmart_runtime.drift`` (shapes only, never values), and, when the
caller asked for it, saved with personal fields blanked for a maintainer's drift report.

Two things always raise :class:`DriftError` (an ``UnexpectedResponseError``): an answer without
one of its identifiers (order, trade, transfer and withdrawal ids, symbol, currency: the
document lists their names in ``x-bitmart-identifiers``), and any drift at all in strict mode,
where the whole answer is checked against the document before a model is built.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import httpx

from ._drift_record import save_answer
from ._schema_check import DriftEntry, SchemaChecker
from .errors import ErrorCodeTable, UnexpectedResponseError
from .lenient import Note, noting
from .responses import api_error, decoded_body, forget_decoded

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

drift_log = logging.getLogger("bitmart_runtime.drift")

STRICT_ENV = "BITMART_STRICT"
"""Set to 1 to make every client strict unless told otherwise (the project's tests do; so can a
user's CI, to hear of drift early)."""
_MODEL_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)


def strict_by_default() -> bool:
    """Whether ``BITMART_STRICT`` asks for strict reading."""
    return os.environ.get(STRICT_ENV, "").strip().lower() not in ("", "0", "false", "no", "off")


@dataclass(frozen=True)
class ParseOptions:
    """How answers become models; ``connect(strict=..., record_drift=...)`` sets them."""

    strict: bool = False
    """Raise ``DriftError`` on any departure from the document (the project's tests do)."""
    record_drift: Path | None = None
    """A folder where answers that drift are saved (personal fields blanked) for a report."""
    document: Path | None = None
    """The bundled OpenAPI document the answers are checked against."""

    def checker(self) -> SchemaChecker | None:
        """The checker for :attr:`document` (loaded once per process), if there is one."""
        return _checker(self.document) if self.document is not None else None


class DriftError(UnexpectedResponseError):
    """The answer departs from the document where that cannot be tolerated.

    Raised in strict mode for any departure, and in every mode when an identifier is missing.
    ``drift`` holds the departures found.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None,
        http_status: int,
        body: bytes,
        drift: tuple[DriftEntry, ...] = (),
    ) -> None:
        super().__init__(message, operation=operation, http_status=http_status, body=body)
        self.drift = drift

    def __reduce__(self) -> tuple[Any, ...]:
        kwargs = {"operation": self.operation, "http_status": self.http_status, "body": self.body_excerpt}
        return (_rebuild_drift_error, (self.args[0], kwargs, self.drift))


def _rebuild_drift_error(message: str, kwargs: dict[str, Any], drift: tuple[DriftEntry, ...]) -> DriftError:
    return DriftError(message, drift=tuple(DriftEntry(*entry) for entry in drift), **kwargs)


def parse_answer(
    operation: str,
    response: httpx.Response,
    model: Callable[[Mapping[str, Any]], T],
    options: ParseOptions | None = None,
    *,
    error_codes: ErrorCodeTable,
) -> tuple[T, tuple[DriftEntry, ...]]:
    """The model of a success answer and the drift found in it; raise for anything else.

    ``error_codes`` is BitMart's error-code table (``bitmart_client.error_codes.ERROR_CODES``),
    which chooses the exception a non-1000 answer raises.
    """
    error = api_error(operation, response, error_codes=error_codes)
    if error is not None:
        raise error
    options = options or ParseOptions()
    body = decoded_body(response)
    # The model keeps what it needs; a large body left on the response lives until the next
    # garbage collection (httpx responses sit in a reference cycle).
    forget_decoded(response)
    checker = options.checker()
    if options.strict and checker is not None:
        found = tuple(checker.check_answer(operation, body))
        if found:
            raise _drift_error(operation, response, found, "strict mode")
    with noting() as notes:
        try:
            parsed = model(body)
        except _MODEL_ERRORS as exc:
            raise UnexpectedResponseError(
                f"unexpected response from {operation} (HTTP {response.status_code}): "
                f"the answer cannot be read as the document's model ({type(exc).__name__})",
                operation=operation,
                http_status=response.status_code,
                body=response.content,
            ) from exc
    if not notes:
        if checker is None or not checker.has_unread_enums(operation):
            return parsed, ()
        drift = tuple(checker.check_answer(operation, body))
        if not drift:
            return parsed, ()
    else:
        drift = _explain(operation, body, notes, checker)
        if not drift:
            return parsed, ()
    if options.strict or any(entry.identifier for entry in drift):
        raise _drift_error(operation, response, drift, "strict mode" if options.strict else "identifier")
    _report(operation, drift)
    if options.record_drift is not None:
        save_answer(options.record_drift, operation, response.status_code, body, drift, checker)
    return parsed, drift


def _without_drift(parse: Callable[P, tuple[R, tuple[DriftEntry, ...]]]) -> Callable[P, R]:
    def parse_success(*args: P.args, **kwargs: P.kwargs) -> R:
        """The model of a success answer (see :func:`parse_answer`, which also gives the drift)."""
        return parse(*args, **kwargs)[0]

    return parse_success


parse_success = _without_drift(parse_answer)
"""The model of a success answer: :func:`parse_answer`'s arguments, without the drift."""


def _explain(
    operation: str, body: Any, notes: list[Note], checker: SchemaChecker | None
) -> tuple[DriftEntry, ...]:
    """The drift the models noted, located by checking the raw answer against the document."""
    if checker is not None:
        # The document is the authority: what a model noted but the document allows is no drift.
        return tuple(checker.check_answer(operation, body))
    # Without a document, say what the models saw.
    return tuple(
        DriftEntry(
            f"$..{note.model}.{note.key or ''}".rstrip("."), "model", note.expected, note.seen, note.model
        )
        for note in notes
    )


def _drift_error(
    operation: str, response: httpx.Response, drift: tuple[DriftEntry, ...], why: str
) -> DriftError:
    shown = "; ".join(entry.describe() for entry in drift[:5])
    more = f" (+{len(drift) - 5} more)" if len(drift) > 5 else ""
    what = (
        "a required identifier is missing" if why == "identifier" else "the answer departs from the document"
    )
    return DriftError(
        f"unexpected response from {operation} (HTTP {response.status_code}): {what}: {shown}{more}",
        operation=operation,
        http_status=response.status_code,
        body=response.content,
        drift=drift,
    )


_logged: set[tuple[str, str, str]] = set()
_logged_lock = threading.Lock()
_LOGGED_MAX = 10_000


def _report(operation: str, drift: tuple[DriftEntry, ...]) -> None:
    """Log each (operation, field, kind) once per process, at WARNING, without values."""
    for entry in drift:
        key = (operation, entry.pattern, entry.kind)
        with _logged_lock:
            if key in _logged or len(_logged) >= _LOGGED_MAX:
                continue
            _logged.add(key)
        drift_log.warning(
            "%s: %s: expected %s, seen %s (kept as sent; the answer departs from the document)",
            operation,
            entry.pattern,
            entry.expected,
            entry.seen,
        )


@lru_cache(maxsize=4)
def _checker(document: Path) -> SchemaChecker:
    with document.open("rb") as handle:
        return SchemaChecker(json.load(handle))


__all__ = [
    "STRICT_ENV",
    "DriftEntry",
    "DriftError",
    "ParseOptions",
    "parse_answer",
    "parse_success",
    "strict_by_default",
]
