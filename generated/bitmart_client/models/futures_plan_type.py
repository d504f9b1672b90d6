from typing import Literal

FuturesPlanType = Literal["limit", "market", "stop_loss", "take_profit"]

FUTURES_PLAN_TYPE_VALUES: set[FuturesPlanType] = {
    "limit",
    "market",
    "stop_loss",
    "take_profit",
}


def check_futures_plan_type(value: str) -> FuturesPlanType:
    if value in FUTURES_PLAN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_PLAN_TYPE_VALUES!r}"
    )
