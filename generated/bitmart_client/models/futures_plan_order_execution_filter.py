from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderExecutionFilter = Literal["limit", "market"]

FUTURES_PLAN_ORDER_EXECUTION_FILTER_VALUES: set[FuturesPlanOrderExecutionFilter] = {
    "limit",
    "market",
}
_LISTED: dict[object, FuturesPlanOrderExecutionFilter] = {
    value: value for value in FUTURES_PLAN_ORDER_EXECUTION_FILTER_VALUES
}


def check_futures_plan_order_execution_filter(
    value: Any, model: str = "FuturesPlanOrderExecutionFilter", key: str | None = None
) -> FuturesPlanOrderExecutionFilter:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanOrderExecutionFilter, note(model, key, "enum", value))
