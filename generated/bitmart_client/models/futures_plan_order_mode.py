from typing import Literal

FuturesPlanOrderMode = Literal[1, 2, 3, 4]

FUTURES_PLAN_ORDER_MODE_VALUES: set[FuturesPlanOrderMode] = {
    1,
    2,
    3,
    4,
}


def check_futures_plan_order_mode(value: int) -> FuturesPlanOrderMode:
    if value in FUTURES_PLAN_ORDER_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_ORDER_MODE_VALUES!r}"
    )
