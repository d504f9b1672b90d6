from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderPlanType = Literal["plan", "profit_loss"]

FUTURES_PLAN_ORDER_PLAN_TYPE_VALUES: set[FuturesPlanOrderPlanType] = {
    "plan",
    "profit_loss",
}
_LISTED: dict[object, FuturesPlanOrderPlanType] = {
    value: value for value in FUTURES_PLAN_ORDER_PLAN_TYPE_VALUES
}


def check_futures_plan_order_plan_type(
    value: Any, model: str = "FuturesPlanOrderPlanType", key: str | None = None
) -> FuturesPlanOrderPlanType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanOrderPlanType, note(model, key, "enum", value))
