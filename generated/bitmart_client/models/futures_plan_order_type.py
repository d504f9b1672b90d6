from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderType = Literal["limit", "market", "plan", "stop_loss", "take_profit"]

FUTURES_PLAN_ORDER_TYPE_VALUES: set[FuturesPlanOrderType] = {
    "limit",
    "market",
    "plan",
    "stop_loss",
    "take_profit",
}
_LISTED: dict[object, FuturesPlanOrderType] = {
    value: value for value in FUTURES_PLAN_ORDER_TYPE_VALUES
}


def check_futures_plan_order_type(
    value: Any, model: str = "FuturesPlanOrderType", key: str | None = None
) -> FuturesPlanOrderType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanOrderType, note(model, key, "enum", value))
