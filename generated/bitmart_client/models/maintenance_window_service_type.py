from typing import Literal

MaintenanceWindowServiceType = Literal["account", "contract", "spot"]

MAINTENANCE_WINDOW_SERVICE_TYPE_VALUES: set[MaintenanceWindowServiceType] = {
    "account",
    "contract",
    "spot",
}


def check_maintenance_window_service_type(value: str) -> MaintenanceWindowServiceType:
    if value in MAINTENANCE_WINDOW_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAINTENANCE_WINDOW_SERVICE_TYPE_VALUES!r}"
    )
