from typing import Literal

FuturesPositionSide = Literal["both", "long", "short"]

FUTURES_POSITION_SIDE_VALUES: set[FuturesPositionSide] = {
    "both",
    "long",
    "short",
}


def check_futures_position_side(value: str) -> FuturesPositionSide:
    if value in FUTURES_POSITION_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_POSITION_SIDE_VALUES!r}"
    )
