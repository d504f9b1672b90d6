from typing import Literal

EarnSwitchStatus = Literal["OFF", "ON"]

EARN_SWITCH_STATUS_VALUES: set[EarnSwitchStatus] = {
    "OFF",
    "ON",
}


def check_earn_switch_status(value: str) -> EarnSwitchStatus:
    if value in EARN_SWITCH_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EARN_SWITCH_STATUS_VALUES!r}"
    )
