from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderTriggerPriceType = Literal[1, 2]

FUTURES_PLAN_ORDER_TRIGGER_PRICE_TYPE_VALUES: set[FuturesPlanOrderTriggerPriceType] = {
    1,
    2,
}
_LISTED: dict[object, FuturesPlanOrderTriggerPriceType] = {
    value: value for value in FUTURES_PLAN_ORDER_TRIGGER_PRICE_TYPE_VALUES
}


def check_futures_plan_order_trigger_price_type(
    value: Any, model: str = "FuturesPlanOrderTriggerPriceType", key: str | None = None
) -> FuturesPlanOrderTriggerPriceType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanOrderTriggerPriceType, note(model, key, "enum", value))
