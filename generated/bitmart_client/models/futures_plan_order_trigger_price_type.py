from typing import Literal

FuturesPlanOrderTriggerPriceType = Literal[1, 2]

FUTURES_PLAN_ORDER_TRIGGER_PRICE_TYPE_VALUES: set[FuturesPlanOrderTriggerPriceType] = {
    1,
    2,
}


def check_futures_plan_order_trigger_price_type(
    value: int,
) -> FuturesPlanOrderTriggerPriceType:
    if value in FUTURES_PLAN_ORDER_TRIGGER_PRICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_ORDER_TRIGGER_PRICE_TYPE_VALUES!r}"
    )
