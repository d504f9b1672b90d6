from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderExecutionFilter = Literal["limit", "market"]

FUTURES_PLAN_ORDER_EXECUTION_FILTER_VALUES: set[FuturesPlanOrderExecutionFilter] = {
    "limit",
    "market",
}


def check_futures_plan_order_execution_filter(
    value: Any, model: str = "FuturesPlanOrderExecutionFilter", key: str | None = None
) -> FuturesPlanOrderExecutionFilter:
    if value in FUTURES_PLAN_ORDER_EXECUTION_FILTER_VALUES:
        return cast(FuturesPlanOrderExecutionFilter, value)
    return cast(FuturesPlanOrderExecutionFilter, note(model, key, "enum", value))
