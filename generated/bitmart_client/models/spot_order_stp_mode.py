from typing import Literal

SpotOrderStpMode = Literal["cancel_both", "cancel_maker", "cancel_taker", "none"]

SPOT_ORDER_STP_MODE_VALUES: set[SpotOrderStpMode] = {
    "cancel_both",
    "cancel_maker",
    "cancel_taker",
    "none",
}


def check_spot_order_stp_mode(value: str) -> SpotOrderStpMode:
    if value in SPOT_ORDER_STP_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_ORDER_STP_MODE_VALUES!r}"
    )
