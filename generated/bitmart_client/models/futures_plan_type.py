from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanType = Literal["limit", "market", "stop_loss", "take_profit"]

FUTURES_PLAN_TYPE_VALUES: set[FuturesPlanType] = {
    "limit",
    "market",
    "stop_loss",
    "take_profit",
}


def check_futures_plan_type(
    value: Any, model: str = "FuturesPlanType", key: str | None = None
) -> FuturesPlanType:
    if value in FUTURES_PLAN_TYPE_VALUES:
        return cast(FuturesPlanType, value)
    return cast(FuturesPlanType, note(model, key, "enum", value))
