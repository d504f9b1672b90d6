from typing import Literal

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


def check_spot_order_state(value: str) -> SpotOrderState:
    if value in SPOT_ORDER_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_ORDER_STATE_VALUES!r}"
    )
