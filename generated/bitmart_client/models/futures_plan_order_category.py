from typing import Literal

FuturesPlanOrderCategory = Literal[1, 2]

FUTURES_PLAN_ORDER_CATEGORY_VALUES: set[FuturesPlanOrderCategory] = {
    1,
    2,
}


def check_futures_plan_order_category(value: int) -> FuturesPlanOrderCategory:
    if value in FUTURES_PLAN_ORDER_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_ORDER_CATEGORY_VALUES!r}"
    )
