from typing import Literal

FuturesPlanOrderType = Literal["limit", "market", "plan", "stop_loss", "take_profit"]

FUTURES_PLAN_ORDER_TYPE_VALUES: set[FuturesPlanOrderType] = {
    "limit",
    "market",
    "plan",
    "stop_loss",
    "take_profit",
}


def check_futures_plan_order_type(value: str) -> FuturesPlanOrderType:
    if value in FUTURES_PLAN_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_ORDER_TYPE_VALUES!r}"
    )
