from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderMode = Literal[1, 2, 3, 4]

FUTURES_PLAN_ORDER_MODE_VALUES: set[FuturesPlanOrderMode] = {
    1,
    2,
    3,
    4,
}
_LISTED: dict[object, FuturesPlanOrderMode] = {
    value: value for value in FUTURES_PLAN_ORDER_MODE_VALUES
}


def check_futures_plan_order_mode(
    value: Any, model: str = "FuturesPlanOrderMode", key: str | None = None
) -> FuturesPlanOrderMode:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanOrderMode, note(model, key, "enum", value))
