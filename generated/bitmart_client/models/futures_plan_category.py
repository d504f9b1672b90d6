from typing import Literal

FuturesPlanCategory = Literal[1, 2]

FUTURES_PLAN_CATEGORY_VALUES: set[FuturesPlanCategory] = {
    1,
    2,
}


def check_futures_plan_category(value: int) -> FuturesPlanCategory:
    if value in FUTURES_PLAN_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_CATEGORY_VALUES!r}"
    )
