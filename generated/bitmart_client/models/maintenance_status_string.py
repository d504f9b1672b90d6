from typing import Literal

MaintenanceStatusString = Literal["0", "1", "2"]

MAINTENANCE_STATUS_STRING_VALUES: set[MaintenanceStatusString] = {
    "0",
    "1",
    "2",
}


def check_maintenance_status_string(value: str) -> MaintenanceStatusString:
    if value in MAINTENANCE_STATUS_STRING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAINTENANCE_STATUS_STRING_VALUES!r}"
    )
