from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

MaintenanceStatusString = Literal["0", "1", "2"]

MAINTENANCE_STATUS_STRING_VALUES: set[MaintenanceStatusString] = {
    "0",
    "1",
    "2",
}
_LISTED: dict[object, MaintenanceStatusString] = {
    value: value for value in MAINTENANCE_STATUS_STRING_VALUES
}


def check_maintenance_status_string(
    value: Any, model: str = "MaintenanceStatusString", key: str | None = None
) -> MaintenanceStatusString:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(MaintenanceStatusString, note(model, key, "enum", value))
