from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderState = Literal[
    "canceled", "failed", "filled", "new", "partially_canceled", "partially_filled"
]

SPOT_ORDER_STATE_VALUES: set[SpotOrderState] = {
    "canceled",
    "failed",
    "filled",
    "new",
    "partially_canceled",
    "partially_filled",
}


def check_spot_order_state(
    value: Any, model: str = "SpotOrderState", key: str | None = None
) -> SpotOrderState:
    if value in SPOT_ORDER_STATE_VALUES:
        return cast(SpotOrderState, value)
    return cast(SpotOrderState, note(model, key, "enum", value))
