from typing import Literal

FuturesPositionModeName = Literal["hedge_mode", "one_way_mode"]

FUTURES_POSITION_MODE_NAME_VALUES: set[FuturesPositionModeName] = {
    "hedge_mode",
    "one_way_mode",
}


def check_futures_position_mode_name(value: str) -> FuturesPositionModeName:
    if value in FUTURES_POSITION_MODE_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_POSITION_MODE_NAME_VALUES!r}"
    )
