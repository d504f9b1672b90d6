"""Errors the mock answers with, in BitMart's own envelope, code and HTTP status.

Handlers raise ``MockError("futures_order_not_found")``: the symbolic name of the code in the
document's error table (``x-bitmart-error-codes``), which also gives the number, the HTTP status
and the message unless they are given. ``%s``/``%d`` placeholders in the documented message are
filled from ``args``. Codes that come from the document itself (a family's validation codes, a
maintenance switch) are raised with ``MockError.from_code``.
"""

from __future__ import annotations

from typing import Any

from ._spec import SPEC


class MockError(Exception):
    """A BitMart error answer: code, message, HTTP status and optional extra headers."""

    def __init__(
        self,
        name: str,
        message: str | None = None,
        *,
        args: tuple[Any, ...] = (),
        http_status: int | None = None,
        headers: dict[str, str] | None = None,
        gateway: bool = False,
    ) -> None:
        entry = SPEC.rules.errors.by_name[name]
        if message is None:
            message = _fill(entry.message, args)
        if http_status is None:
            # Undocumented statuses (e.g. ``futures_upgrade_in_progress``): BitMart's maintenance answers come
            # with 200.
            http_status = entry.http_status or 200
        super().__init__(f"{entry.code}: {message}")
        self.name = name
        self.code = entry.code
        self.message = message
        self.http_status = http_status
        self.headers = headers or {}
        # Gateway errors put the text in "msg" and send no "data" (observed on ``path_not_found``).
        self.gateway = gateway

    @classmethod
    def from_code(cls, code: int, message: str | None = None, **options: Any) -> MockError:
        """The error of a code read from the document (a family table, a maintenance switch)."""
        return cls(SPEC.rules.errors.by_code[code].name, message, **options)

    def body(self, trace: str) -> dict[str, Any]:
        """The JSON body BitMart sends for this error."""
        if self.gateway:
            return {"code": self.code, "msg": self.message, "trace": trace}
        return {"code": self.code, "message": self.message, "trace": trace, "data": {}}


def documented_message(name: str, detail: str) -> str:
    """The documented message of ``name`` (placeholders neutralised) followed by ``detail``."""
    base = SPEC.rules.errors.by_name[name].message.replace("%s", "parameter").replace("%d", "N")
    return f"{base} ({detail})"


def _fill(template: str, args: tuple[Any, ...]) -> str:
    if not args or ("%s" not in template and "%d" not in template):
        return template
    try:
        return template.replace("%d", "%s") % args
    except TypeError:
        return template


__all__ = ["MockError", "documented_message"]
