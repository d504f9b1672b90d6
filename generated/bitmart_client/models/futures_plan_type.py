from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanType = Literal["limit", "market", "stop_loss", "take_profit"]

FUTURES_PLAN_TYPE_VALUES: set[FuturesPlanType] = {
    "limit",
    "market",
    "stop_loss",
    "take_profit",
}
_LISTED: dict[object, FuturesPlanType] = {
    value: value for value in FUTURES_PLAN_TYPE_VALUES
}


def check_futures_plan_type(
    value: Any, model: str = "FuturesPlanType", key: str | None = None
) -> FuturesPlanType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanType, note(model, key, "enum", value))
