from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

EarnSwitchStatus = Literal["OFF", "ON"]

EARN_SWITCH_STATUS_VALUES: set[EarnSwitchStatus] = {
    "OFF",
    "ON",
}
_LISTED: dict[object, EarnSwitchStatus] = {
    value: value for value in EARN_SWITCH_STATUS_VALUES
}


def check_earn_switch_status(
    value: Any, model: str = "EarnSwitchStatus", key: str | None = None
) -> EarnSwitchStatus:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(EarnSwitchStatus, note(model, key, "enum", value))
