"""Errors the mock answers with, in BitMart's own envelope, code and HTTP status.

Handlers raise ``MockError(code)``; the HTTP status and the message come from BitMart's error
table in the spec (``x-bitmart-error-codes``) unless given. ``%s``/``%d`` placeholders in the
documented message are filled from ``args``.
"""

from __future__ import annotations

from typing import Any

from ._spec import SPEC


class MockError(Exception):
    """A BitMart error answer: code, message, HTTP status and optional extra headers."""

    def __init__(
        self,
        code: int,
        message: str | None = None,
        *,
        args: tuple[Any, ...] = (),
        http_status: int | None = None,
        headers: dict[str, str] | None = None,
        gateway: bool = False,
    ) -> None:
        entry = SPEC.error_codes.get(code)
        if message is None:
            template = entry.message if entry else "Error"
            message = _fill(template, args)
        if http_status is None:
            # Undocumented statuses (e.g. 25601): BitMart's maintenance answers come with 200.
            http_status = entry.http_status if entry and entry.http_status else 200
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.http_status = http_status
        self.headers = headers or {}
        # Gateway errors put the text in "msg" and send no "data" (observed on 30000).
        self.gateway = gateway

    def body(self, trace: str) -> dict[str, Any]:
        """The JSON body BitMart sends for this error."""
        if self.gateway:
            return {"code": self.code, "msg": self.message, "trace": trace}
        return {"code": self.code, "message": self.message, "trace": trace, "data": {}}


def _fill(template: str, args: tuple[Any, ...]) -> str:
    if not args or ("%s" not in template and "%d" not in template):
        return template
    try:
        return template.replace("%d", "%s") % args
    except TypeError:
        return template
