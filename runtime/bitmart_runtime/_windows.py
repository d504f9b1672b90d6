"""Time windows of the history operations: units, spans and what is left to fetch.

A window is a closed interval ``[start, end]`` in the operation's own time unit (seconds or
milliseconds): both ends belong to it, and two adjacent windows are ``[a, b]`` and ``[b + 1, c]``,
so that a record exactly on a boundary belongs to one window only. Progress is recorded in
milliseconds, whatever the unit, so that checkpoints of different operations compare.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, NamedTuple

TimeUnit = Literal["ms", "s"]
Bounds = Literal["inclusive", "end_exclusive", "exclusive"]

_MS_PER_UNIT = {"ms": 1, "s": 1000}


class Window(NamedTuple):
    """A closed time interval ``[start, end]`` in an operation's unit."""

    start: int
    end: int

    @property
    def splittable(self) -> bool:
        """Whether the window spans more than one unit, so that it can be cut in two."""
        return self.end > self.start

    def halves(self) -> tuple[Window, Window]:
        """The older and the newer half; together they cover exactly this window."""
        middle = (self.start + self.end) // 2
        return Window(self.start, middle), Window(middle + 1, self.end)


def to_unit(ms: int, unit: TimeUnit) -> int:
    """The unit tick that contains the instant ``ms`` (floor)."""
    return ms // _MS_PER_UNIT[unit]


def window_ms(window: Window, unit: TimeUnit) -> tuple[int, int]:
    """The milliseconds ``[first, last]`` a window covers (a second covers 1000 of them)."""
    size = _MS_PER_UNIT[unit]
    return window.start * size, window.end * size + size - 1


def wire_bounds(window: Window, bounds: Bounds) -> tuple[int, int]:
    """The start and end values to send so that BitMart returns exactly ``window``.

    With exclusive bounds the values are widened by one unit on the exclusive side(s).
    """
    start = window.start - 1 if bounds == "exclusive" else window.start
    end = window.end if bounds == "inclusive" else window.end + 1
    return max(start, 0), end


def split_span(start: int, end: int, max_span: int | None) -> list[Window]:
    """``[start, end]`` cut into consecutive windows whose ``end - start`` stays below ``max_span``.

    ``max_span`` is in units; ``None`` means one window. One unit is kept in hand, since a
    server measuring ``end - start`` inclusively would otherwise refuse a window of exactly
    the maximum.
    """
    if end < start:
        return []
    if max_span is None:
        return [Window(start, end)]
    step = max(max_span - 1, 1)
    windows = []
    first = start
    while first <= end:
        last = min(first + step - 1, end)
        windows.append(Window(first, last))
        first = last + 1
    return windows


def uncovered(start_ms: int, end_ms: int, covered: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``[start_ms, end_ms]`` that no interval of ``covered`` contains (all closed)."""
    gaps: list[tuple[int, int]] = []
    cursor = start_ms
    for first, last in sorted(covered):
        if last < cursor:
            continue
        if first > end_ms:
            break
        if first > cursor:
            gaps.append((cursor, min(first - 1, end_ms)))
        cursor = max(cursor, last + 1)
        if cursor > end_ms:
            return gaps
    if cursor <= end_ms:
        gaps.append((cursor, end_ms))
    return gaps


def plan(
    start_ms: int,
    end_ms: int,
    unit: TimeUnit,
    max_span_seconds: int | None,
    covered: Iterable[tuple[int, int]] = (),
) -> list[Window]:
    """The windows, oldest first, that cover what ``covered`` leaves of ``[start_ms, end_ms]``."""
    max_span = None if max_span_seconds is None else max_span_seconds * 1000 // _MS_PER_UNIT[unit]
    windows: list[Window] = []
    for first_ms, last_ms in uncovered(start_ms, end_ms, covered):
        # A gap that starts inside a unit belongs to that unit (a checkpoint ends on a unit).
        windows.extend(split_span(to_unit(first_ms, unit), to_unit(last_ms, unit), max_span))
    return windows


__all__ = [
    "Bounds",
    "TimeUnit",
    "Window",
    "plan",
    "split_span",
    "to_unit",
    "uncovered",
    "window_ms",
    "wire_bounds",
]
