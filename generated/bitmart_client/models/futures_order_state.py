from typing import Literal

FuturesOrderState = Literal[1, 2, 4]

FUTURES_ORDER_STATE_VALUES: set[FuturesOrderState] = {
    1,
    2,
    4,
}


def check_futures_order_state(value: int) -> FuturesOrderState:
    if value in FUTURES_ORDER_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_STATE_VALUES!r}"
    )
