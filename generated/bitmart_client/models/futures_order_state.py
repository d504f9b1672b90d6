from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderState = Literal[1, 2, 4]

FUTURES_ORDER_STATE_VALUES: set[FuturesOrderState] = {
    1,
    2,
    4,
}
_LISTED: dict[object, FuturesOrderState] = {
    value: value for value in FUTURES_ORDER_STATE_VALUES
}


def check_futures_order_state(
    value: Any, model: str = "FuturesOrderState", key: str | None = None
) -> FuturesOrderState:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOrderState, note(model, key, "enum", value))
