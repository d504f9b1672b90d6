from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

MaintenanceWindowServiceType = Literal["account", "contract", "spot"]

MAINTENANCE_WINDOW_SERVICE_TYPE_VALUES: set[MaintenanceWindowServiceType] = {
    "account",
    "contract",
    "spot",
}
_LISTED: dict[object, MaintenanceWindowServiceType] = {
    value: value for value in MAINTENANCE_WINDOW_SERVICE_TYPE_VALUES
}


def check_maintenance_window_service_type(
    value: Any, model: str = "MaintenanceWindowServiceType", key: str | None = None
) -> MaintenanceWindowServiceType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(MaintenanceWindowServiceType, note(model, key, "enum", value))
