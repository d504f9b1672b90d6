from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderMode = Literal[1, 2, 3, 4]

FUTURES_PLAN_ORDER_MODE_VALUES: set[FuturesPlanOrderMode] = {
    1,
    2,
    3,
    4,
}


def check_futures_plan_order_mode(
    value: Any, model: str = "FuturesPlanOrderMode", key: str | None = None
) -> FuturesPlanOrderMode:
    if value in FUTURES_PLAN_ORDER_MODE_VALUES:
        return cast(FuturesPlanOrderMode, value)
    return cast(FuturesPlanOrderMode, note(model, key, "enum", value))
