from typing import Literal

FuturesCloseAllPositionSide = Literal["long", "short"]

FUTURES_CLOSE_ALL_POSITION_SIDE_VALUES: set[FuturesCloseAllPositionSide] = {
    "long",
    "short",
}


def check_futures_close_all_position_side(value: str) -> FuturesCloseAllPositionSide:
    if value in FUTURES_CLOSE_ALL_POSITION_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_CLOSE_ALL_POSITION_SIDE_VALUES!r}"
    )
