from typing import Literal

FuturesPlanOrderStateCode = Literal[1, 2, 4]

FUTURES_PLAN_ORDER_STATE_CODE_VALUES: set[FuturesPlanOrderStateCode] = {
    1,
    2,
    4,
}


def check_futures_plan_order_state_code(value: int) -> FuturesPlanOrderStateCode:
    if value in FUTURES_PLAN_ORDER_STATE_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_ORDER_STATE_CODE_VALUES!r}"
    )
