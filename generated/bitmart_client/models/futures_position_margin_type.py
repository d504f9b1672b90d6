from typing import Literal

FuturesPositionMarginType = Literal["cross", "Cross", "Isolated", "isolated"]

FUTURES_POSITION_MARGIN_TYPE_VALUES: set[FuturesPositionMarginType] = {
    "cross",
    "Cross",
    "Isolated",
    "isolated",
}


def check_futures_position_margin_type(value: str) -> FuturesPositionMarginType:
    if value in FUTURES_POSITION_MARGIN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_POSITION_MARGIN_TYPE_VALUES!r}"
    )
