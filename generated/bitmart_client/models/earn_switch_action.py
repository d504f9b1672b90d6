from typing import Literal

EarnSwitchAction = Literal["close", "open"]

EARN_SWITCH_ACTION_VALUES: set[EarnSwitchAction] = {
    "close",
    "open",
}


def check_earn_switch_action(value: str) -> EarnSwitchAction:
    if value in EARN_SWITCH_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EARN_SWITCH_ACTION_VALUES!r}"
    )
