from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPlanOrderStateCode = Literal[1, 2, 4]

FUTURES_PLAN_ORDER_STATE_CODE_VALUES: set[FuturesPlanOrderStateCode] = {
    1,
    2,
    4,
}
_LISTED: dict[object, FuturesPlanOrderStateCode] = {
    value: value for value in FUTURES_PLAN_ORDER_STATE_CODE_VALUES
}


def check_futures_plan_order_state_code(
    value: Any, model: str = "FuturesPlanOrderStateCode", key: str | None = None
) -> FuturesPlanOrderStateCode:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPlanOrderStateCode, note(model, key, "enum", value))
