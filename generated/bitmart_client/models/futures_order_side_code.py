from typing import Literal

FuturesOrderSideCode = Literal[1, 2, 3, 4]

FUTURES_ORDER_SIDE_CODE_VALUES: set[FuturesOrderSideCode] = {
    1,
    2,
    3,
    4,
}


def check_futures_order_side_code(value: int) -> FuturesOrderSideCode:
    if value in FUTURES_ORDER_SIDE_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_SIDE_CODE_VALUES!r}"
    )
