from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderCategory = Literal[1, 2]

FUTURES_PLAN_ORDER_CATEGORY_VALUES: set[FuturesPlanOrderCategory] = {
    1,
    2,
}


def check_futures_plan_order_category(
    value: Any, model: str = "FuturesPlanOrderCategory", key: str | None = None
) -> FuturesPlanOrderCategory:
    if value in FUTURES_PLAN_ORDER_CATEGORY_VALUES:
        return cast(FuturesPlanOrderCategory, value)
    return cast(FuturesPlanOrderCategory, note(model, key, "enum", value))
