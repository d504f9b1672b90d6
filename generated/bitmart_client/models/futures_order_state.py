from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderState = Literal[1, 2, 4]

FUTURES_ORDER_STATE_VALUES: set[FuturesOrderState] = {
    1,
    2,
    4,
}


def check_futures_order_state(
    value: Any, model: str = "FuturesOrderState", key: str | None = None
) -> FuturesOrderState:
    if value in FUTURES_ORDER_STATE_VALUES:
        return cast(FuturesOrderState, value)
    return cast(FuturesOrderState, note(model, key, "enum", value))
