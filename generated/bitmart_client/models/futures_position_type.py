from typing import Literal

FuturesPositionType = Literal[1, 2]

FUTURES_POSITION_TYPE_VALUES: set[FuturesPositionType] = {
    1,
    2,
}


def check_futures_position_type(value: int) -> FuturesPositionType:
    if value in FUTURES_POSITION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_POSITION_TYPE_VALUES!r}"
    )
