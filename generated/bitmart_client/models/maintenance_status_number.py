from typing import Literal

MaintenanceStatusNumber = Literal[0, 1, 2]

MAINTENANCE_STATUS_NUMBER_VALUES: set[MaintenanceStatusNumber] = {
    0,
    1,
    2,
}


def check_maintenance_status_number(value: int) -> MaintenanceStatusNumber:
    if value in MAINTENANCE_STATUS_NUMBER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAINTENANCE_STATUS_NUMBER_VALUES!r}"
    )
