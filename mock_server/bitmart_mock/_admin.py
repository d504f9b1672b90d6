"""The mock's own control API under ``/__mock__/``: a route table of small actions.

``POST faults`` plans a fault, ``DELETE faults`` drops them all, ``POST maintenance`` switches a
service's maintenance on or off, ``POST reset`` starts the exchange again, ``GET journal`` lists
the latest requests and ``GET openapi.json`` serves the bundle. It is not part of BitMart.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._faults import Fault
from ._http import Reply, Request, json_reply
from ._spec import SPEC
from ._validation import read_json
from .errors import MockError

if TYPE_CHECKING:
    from .app import MockApp

PREFIX = "/__mock__/"
Action = Callable[["MockApp", Any], Any]


def _add_fault(app: MockApp, payload: Any) -> Any:
    app.add_fault(Fault(**payload))
    return {"planned": len(app.faults)}


def _clear_faults(app: MockApp, payload: Any) -> Any:
    app.faults.clear()
    return {"planned": 0}


def _maintenance(app: MockApp, payload: Any) -> Any:
    unknown = set(payload) - {"service", "code"}
    if unknown:
        raise ValueError(f"unknown field(s) {sorted(unknown)}")
    app.set_maintenance(payload["service"], payload.get("code"))
    return {"maintenance": app.exchange.maintenance}


def _reset(app: MockApp, payload: Any) -> Any:
    app.reset()
    return {"reset": True}


def _bundle(app: MockApp, payload: Any) -> Any:
    return SPEC.bundle


def _journal(app: MockApp, payload: Any) -> Any:
    return [
        {"operation": e.operation, "method": e.method, "path": e.path, "status": e.status, "code": e.code}
        for e in list(app.journal)[-100:]
    ]


ROUTES: dict[tuple[str, str], Action] = {
    ("POST", "faults"): _add_fault,
    ("DELETE", "faults"): _clear_faults,
    ("POST", "maintenance"): _maintenance,
    ("POST", "reset"): _reset,
    ("GET", "openapi.json"): _bundle,
    ("GET", "journal"): _journal,
}
"""(method, action) -> what it does; the action is the path after ``/__mock__/``."""


class AdminApi:
    """Answers the control API's requests from ``ROUTES``."""

    def __init__(self, routes: dict[tuple[str, str], Action] | None = None) -> None:
        self.routes = dict(ROUTES if routes is None else routes)

    @staticmethod
    def owns(request: Request) -> bool:
        """Whether ``request`` is for the control API."""
        return request.path.startswith(PREFIX)

    def answer(self, app: MockApp, request: Request) -> Reply:
        """Run the action the request names.

        401 without the control token (when one is set), 404 for no such action, 400 for a
        payload that is not a JSON object of valid fields.
        """
        token = app.config.admin_token
        if token is not None and not _bears(request, token):
            return json_reply(401, {"error": "the control API needs its token (Authorization: Bearer ...)"})
        action = self.routes.get((request.method.upper(), request.path[len(PREFIX) :]))
        if action is None:
            return json_reply(404, {"error": f"no control action {request.method} {request.path}"})
        try:
            payload = read_json(request.body) if request.body.strip() else {}
            if not isinstance(payload, dict):
                raise TypeError("the payload must be a JSON object")
            result = action(app, payload)
        except (ValueError, TypeError, KeyError, MockError) as exc:
            return json_reply(400, {"error": str(exc)})
        return json_reply(200, result)


def _bears(request: Request, token: str) -> bool:
    """Whether the request carries ``Authorization: Bearer <token>`` (compared in constant time)."""
    given = request.headers.get("authorization", "").removeprefix("Bearer ")
    return hmac.compare_digest(
        given.encode("utf-8", "backslashreplace"), token.encode("utf-8", "backslashreplace")
    )


__all__ = ["PREFIX", "ROUTES", "AdminApi"]
