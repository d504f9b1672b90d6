from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

EarnSwitchAction = Literal["close", "open"]

EARN_SWITCH_ACTION_VALUES: set[EarnSwitchAction] = {
    "close",
    "open",
}


def check_earn_switch_action(
    value: Any, model: str = "EarnSwitchAction", key: str | None = None
) -> EarnSwitchAction:
    if value in EARN_SWITCH_ACTION_VALUES:
        return cast(EarnSwitchAction, value)
    return cast(EarnSwitchAction, note(model, key, "enum", value))
