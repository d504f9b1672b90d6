from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderPlanType = Literal["plan", "profit_loss"]

FUTURES_PLAN_ORDER_PLAN_TYPE_VALUES: set[FuturesPlanOrderPlanType] = {
    "plan",
    "profit_loss",
}


def check_futures_plan_order_plan_type(
    value: Any, model: str = "FuturesPlanOrderPlanType", key: str | None = None
) -> FuturesPlanOrderPlanType:
    if value in FUTURES_PLAN_ORDER_PLAN_TYPE_VALUES:
        return cast(FuturesPlanOrderPlanType, value)
    return cast(FuturesPlanOrderPlanType, note(model, key, "enum", value))
