from typing import Literal

FuturesModifyPlanType = Literal["limit", "market"]

FUTURES_MODIFY_PLAN_TYPE_VALUES: set[FuturesModifyPlanType] = {
    "limit",
    "market",
}


def check_futures_modify_plan_type(value: str) -> FuturesModifyPlanType:
    if value in FUTURES_MODIFY_PLAN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_MODIFY_PLAN_TYPE_VALUES!r}"
    )
