from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesModifyPlanType = Literal["limit", "market"]

FUTURES_MODIFY_PLAN_TYPE_VALUES: set[FuturesModifyPlanType] = {
    "limit",
    "market",
}
_LISTED: dict[object, FuturesModifyPlanType] = {
    value: value for value in FUTURES_MODIFY_PLAN_TYPE_VALUES
}


def check_futures_modify_plan_type(
    value: Any, model: str = "FuturesModifyPlanType", key: str | None = None
) -> FuturesModifyPlanType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesModifyPlanType, note(model, key, "enum", value))
