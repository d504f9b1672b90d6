from typing import Literal

FuturesOrderSide = Literal[1, 2, 3, 4]

FUTURES_ORDER_SIDE_VALUES: set[FuturesOrderSide] = {
    1,
    2,
    3,
    4,
}


def check_futures_order_side(value: int) -> FuturesOrderSide:
    if value in FUTURES_ORDER_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_SIDE_VALUES!r}"
    )
