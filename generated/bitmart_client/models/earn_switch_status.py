from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

EarnSwitchStatus = Literal["OFF", "ON"]

EARN_SWITCH_STATUS_VALUES: set[EarnSwitchStatus] = {
    "OFF",
    "ON",
}


def check_earn_switch_status(
    value: Any, model: str = "EarnSwitchStatus", key: str | None = None
) -> EarnSwitchStatus:
    if value in EARN_SWITCH_STATUS_VALUES:
        return cast(EarnSwitchStatus, value)
    return cast(EarnSwitchStatus, note(model, key, "enum", value))
