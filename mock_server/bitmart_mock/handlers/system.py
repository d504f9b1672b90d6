"""System: server time and maintenance windows."""

from __future__ import annotations

from typing import Any

from .._spec import SPEC
from . import Call, handler

_SERVICE_TITLES = {
    "spot": "Spot API maintenance",
    "contract": "Futures API upgrade",
    "account": "Account API maintenance",
}
_WINDOW_MS = 3_600_000


@handler("get_system_time")
def system_time(call: Call) -> dict[str, Any]:
    """The exchange clock."""
    return {"server_time": call.now}


@handler("get_system_service")
def system_service(call: Call) -> dict[str, Any]:
    """One entry per service: in progress (1) if under maintenance now, else completed (2)."""
    entries = []
    for service in SPEC.rules.maintenance_switches:
        title = _SERVICE_TITLES.get(service, f"{service.capitalize()} API maintenance")
        active = service in call.exchange.maintenance
        start = call.now - _WINDOW_MS // 2 if active else call.now - 2 * _WINDOW_MS
        entries.append(
            {
                "title": title,
                "service_type": service,
                "status": 1 if active else 2,
                "start_time": start,
                "end_time": start + _WINDOW_MS,
            }
        )
    return {"service": entries}
