from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesModifyPlanType = Literal["limit", "market"]

FUTURES_MODIFY_PLAN_TYPE_VALUES: set[FuturesModifyPlanType] = {
    "limit",
    "market",
}


def check_futures_modify_plan_type(
    value: Any, model: str = "FuturesModifyPlanType", key: str | None = None
) -> FuturesModifyPlanType:
    if value in FUTURES_MODIFY_PLAN_TYPE_VALUES:
        return cast(FuturesModifyPlanType, value)
    return cast(FuturesModifyPlanType, note(model, key, "enum", value))
