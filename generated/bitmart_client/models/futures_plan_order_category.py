from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderCategory = Literal[1, 2]

FUTURES_PLAN_ORDER_CATEGORY_VALUES: set[FuturesPlanOrderCategory] = {
    1,
    2,
}
_LISTED: dict[object, FuturesPlanOrderCategory] = {
    value: value for value in FUTURES_PLAN_ORDER_CATEGORY_VALUES
}


def check_futures_plan_order_category(
    value: Any, model: str = "FuturesPlanOrderCategory", key: str | None = None
) -> FuturesPlanOrderCategory:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanOrderCategory, note(model, key, "enum", value))
