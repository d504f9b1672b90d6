from typing import Literal

FuturesPlanOrderPlanType = Literal["plan", "profit_loss"]

FUTURES_PLAN_ORDER_PLAN_TYPE_VALUES: set[FuturesPlanOrderPlanType] = {
    "plan",
    "profit_loss",
}


def check_futures_plan_order_plan_type(value: str) -> FuturesPlanOrderPlanType:
    if value in FUTURES_PLAN_ORDER_PLAN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_ORDER_PLAN_TYPE_VALUES!r}"
    )
