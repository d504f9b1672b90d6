from typing import Literal

FuturesOrderMode = Literal[1, 2, 3, 4]

FUTURES_ORDER_MODE_VALUES: set[FuturesOrderMode] = {
    1,
    2,
    3,
    4,
}


def check_futures_order_mode(value: int) -> FuturesOrderMode:
    if value in FUTURES_ORDER_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_MODE_VALUES!r}"
    )
