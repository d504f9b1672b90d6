"""Time windows of list queries: the one place a ``start``/``end`` pair becomes a checked range.

Every history BitMart serves takes a start and an end, each with its own units (milliseconds or
seconds), defaults, longest span and error codes. A ``WindowRule`` states those of one family
of queries; ``window`` applies it. Bounds in seconds cover their whole last second.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import MockError
from ..exchange._common import DAY_MS


@dataclass(frozen=True)
class Window:
    """A checked time range, in milliseconds, both ends included."""

    start: int
    end: int

    def __contains__(self, time: int) -> bool:
        return self.start <= time <= self.end


@dataclass(frozen=True)
class WindowRule:
    """How one family of queries reads and checks its time window."""

    start: str
    """Name of the start parameter."""
    end: str
    """Name of the end parameter."""
    reversed: str | None
    """Error for an end before the start (``None``: not checked)."""
    too_long: str | None = None
    """Error for a span over ``max_span_ms`` (default: ``reversed``)."""
    seconds: bool = False
    """Whether the parameters are Unix seconds (else milliseconds)."""
    default_span_ms: int | None = None
    """A missing start is this long before the end (``None``: the beginning of time)."""
    max_span_ms: int | None = None
    defaults_checked: bool = True
    """Whether a range completed by a default is checked for reversal (else only one of two bounds;
    the longest span is always checked)."""
    end_after_start: bool = False
    """Whether the end must be strictly after the start."""
    defaulted_error: str | None = None
    """Error for a bad range completed by a default, when it differs from the explicit one."""
    message: str | None = None
    """Message of the reversed-range error (default: the documented one)."""
    too_long_message: str | None = None
    """Message of the too-long error (default: ``message``)."""


def window(rule: WindowRule, params: Mapping[str, Any], now: int) -> Window:
    """The window the query's parameters ask for, with the rule's defaults; its error when invalid."""
    scale = 1000 if rule.seconds else 1
    given_start, given_end = params.get(rule.start), params.get(rule.end)
    end = now // scale if given_end is None else int(given_end)
    if given_start is not None:
        start = int(given_start)
    elif rule.default_span_ms is not None:
        start = end - rule.default_span_ms // scale
    else:
        start = 0
    explicit = given_start is not None and given_end is not None
    _check(rule, start * scale, end * scale, explicit)
    return Window(start * scale, end * scale + (999 if rule.seconds else 0))


def _check(rule: WindowRule, start_ms: int, end_ms: int, explicit: bool) -> None:
    reversed_error = rule.reversed if explicit or rule.defaulted_error is None else rule.defaulted_error
    backwards = end_ms <= start_ms if rule.end_after_start else end_ms < start_ms
    if reversed_error is not None and backwards and (explicit or rule.defaults_checked):
        raise MockError(reversed_error, rule.message)
    if rule.max_span_ms is not None and end_ms - start_ms > rule.max_span_ms:
        too_long = rule.too_long or rule.reversed
        if not explicit and rule.defaulted_error is not None:
            too_long = rule.defaulted_error
        if too_long is not None:
            raise MockError(too_long, rule.too_long_message or rule.message)


__all__ = ["DAY_MS", "Window", "WindowRule", "window"]
