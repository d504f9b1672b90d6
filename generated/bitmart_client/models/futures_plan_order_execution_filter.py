from typing import Literal

FuturesPlanOrderExecutionFilter = Literal["limit", "market"]

FUTURES_PLAN_ORDER_EXECUTION_FILTER_VALUES: set[FuturesPlanOrderExecutionFilter] = {
    "limit",
    "market",
}


def check_futures_plan_order_execution_filter(
    value: str,
) -> FuturesPlanOrderExecutionFilter:
    if value in FUTURES_PLAN_ORDER_EXECUTION_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_ORDER_EXECUTION_FILTER_VALUES!r}"
    )
