from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesSetPositionModeValue = Literal["hedge_mode", "one_way_mode"]

FUTURES_SET_POSITION_MODE_VALUE_VALUES: set[FuturesSetPositionModeValue] = {
    "hedge_mode",
    "one_way_mode",
}


def check_futures_set_position_mode_value(
    value: Any, model: str = "FuturesSetPositionModeValue", key: str | None = None
) -> FuturesSetPositionModeValue:
    if value in FUTURES_SET_POSITION_MODE_VALUE_VALUES:
        return cast(FuturesSetPositionModeValue, value)
    return cast(FuturesSetPositionModeValue, note(model, key, "enum", value))
