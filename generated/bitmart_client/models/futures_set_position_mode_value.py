from typing import Literal

FuturesSetPositionModeValue = Literal["hedge_mode", "one_way_mode"]

FUTURES_SET_POSITION_MODE_VALUE_VALUES: set[FuturesSetPositionModeValue] = {
    "hedge_mode",
    "one_way_mode",
}


def check_futures_set_position_mode_value(value: str) -> FuturesSetPositionModeValue:
    if value in FUTURES_SET_POSITION_MODE_VALUE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_SET_POSITION_MODE_VALUE_VALUES!r}"
    )
