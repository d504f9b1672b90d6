from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

EarnSwitchAction = Literal["close", "open"]

EARN_SWITCH_ACTION_VALUES: set[EarnSwitchAction] = {
    "close",
    "open",
}
_LISTED: dict[object, EarnSwitchAction] = {
    value: value for value in EARN_SWITCH_ACTION_VALUES
}


def check_earn_switch_action(
    value: Any, model: str = "EarnSwitchAction", key: str | None = None
) -> EarnSwitchAction:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(EarnSwitchAction, note(model, key, "enum", value))
