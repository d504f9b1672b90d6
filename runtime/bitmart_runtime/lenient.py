"""The hook through which generated models report an answer that departs from the document.

Generated ``from_dict`` methods never raise on a missing field, a null, a value of another type,
an unlisted enum value or an extra field: they keep what BitMart sent and call :func:`note`.
The call is on the slow path only (the fast path is one class check per field), and it does
no more than remember that something departed: :mod:`bitmart_runtime.parsing` then works out
exactly what, with JSON paths, by checking the raw answer against the document.

Outside :func:`noting`, notes are dropped: a model built by hand from a dict is lenient too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from typing import Any, NamedTuple


class Note(NamedTuple):
    """What a generated model saw: the model, the JSON key (if any), what it expected."""

    model: str
    key: str | None
    expected: str
    seen: str


_NOTES: ContextVar[list[Note] | None] = ContextVar("bitmart_lenient_notes", default=None)


_JSON_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),  # before int: a bool is an int too
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    (list, "array"),
    (dict, "object"),
)


def shape(value: object) -> str:
    """The JSON type of ``value`` (never the value itself, which may be a balance)."""
    if value is None:
        return "null"
    for python_type, json_type in _JSON_TYPES:
        if isinstance(value, python_type):
            return json_type
    return "missing" if type(value).__name__ == "Unset" else type(value).__name__


def note(model: str, key: str | None, expected: str, value: Any) -> Any:
    """Record that ``key`` of ``model`` is not ``expected``; return ``value`` unchanged."""
    notes = _NOTES.get()
    if notes is not None:
        notes.append(Note(model, key, expected, shape(value)))
    return value


def note_extra(model: str, extra: dict[str, Any]) -> None:
    """Record the fields of ``model`` that the document does not declare."""
    notes = _NOTES.get()
    if notes is not None:
        notes.extend(Note(model, key, "absent", shape(value)) for key, value in extra.items())


def plain(value: Any) -> Any:
    """``value`` as JSON data: models through ``to_dict()``, lists item by item, the rest as it is."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if value.__class__ is list:
        return [plain(item) for item in value]
    return value


def to_decimal(value: Any, model: str, key: str | None, empty_is_none: bool = False) -> Any:
    """``value`` as a ``Decimal``, or kept as sent and noted when it is not a decimal string.

    ``""`` reads as ``None`` where it means "no value" (``empty_is_none``).
    """
    if value.__class__ is str:
        if not value and empty_is_none:
            return None
        try:
            return Decimal(value)
        except ArithmeticError:
            pass
    return note(model, key, "decimal", value)


def decimal_text(value: Any, sent: Mapping[str, Any] | None = None, key: str | None = None) -> Any:
    """The JSON text of a decimal field.

    What BitMart sent if the value is unchanged, else the plain notation (``format(d, "f")``:
    never ``1E-8``). ``None`` where BitMart sent ``""`` for no value writes ``""``; anything else
    (a string, UNSET) is written as it is. A float is refused: it is not an exact amount.
    """
    if value.__class__ is Decimal:
        sent_text = sent.get(key) if sent is not None and key is not None else None
        if sent_text.__class__ is str and sent_text:
            try:
                if Decimal(sent_text) == value:
                    return sent_text
            except ArithmeticError:
                pass
        return format(value, "f")
    if value is None and sent is not None and key is not None and sent.get(key) == "":
        return ""
    if isinstance(value, float):
        raise TypeError(
            f"{key or 'an amount'} is a float, which is not exact: pass a Decimal or a decimal string"
        )
    return value


@contextmanager
def noting() -> Iterator[list[Note]]:
    """Collect the notes of the models built inside the block (per thread and task)."""
    notes: list[Note] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)


__all__ = ["Note", "decimal_text", "note", "note_extra", "noting", "plain", "shape", "to_decimal"]
