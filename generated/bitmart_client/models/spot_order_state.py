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
_LISTED: dict[object, SpotOrderState] = {
    value: value for value in SPOT_ORDER_STATE_VALUES
}


def check_spot_order_state(
    value: Any, model: str = "SpotOrderState", key: str | None = None
) -> SpotOrderState:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotOrderState, note(model, key, "enum", value))
