from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

MaintenanceStatusNumber = Literal[0, 1, 2]

MAINTENANCE_STATUS_NUMBER_VALUES: set[MaintenanceStatusNumber] = {
    0,
    1,
    2,
}
_LISTED: dict[object, MaintenanceStatusNumber] = {
    value: value for value in MAINTENANCE_STATUS_NUMBER_VALUES
}


def check_maintenance_status_number(
    value: Any, model: str = "MaintenanceStatusNumber", key: str | None = None
) -> MaintenanceStatusNumber:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(MaintenanceStatusNumber, note(model, key, "enum", value))
