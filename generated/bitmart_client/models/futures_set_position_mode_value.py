from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesSetPositionModeValue = Literal["hedge_mode", "one_way_mode"]

FUTURES_SET_POSITION_MODE_VALUE_VALUES: set[FuturesSetPositionModeValue] = {
    "hedge_mode",
    "one_way_mode",
}
_LISTED: dict[object, FuturesSetPositionModeValue] = {
    value: value for value in FUTURES_SET_POSITION_MODE_VALUE_VALUES
}


def check_futures_set_position_mode_value(
    value: Any, model: str = "FuturesSetPositionModeValue", key: str | None = None
) -> FuturesSetPositionModeValue:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesSetPositionModeValue, note(model, key, "enum", value))
