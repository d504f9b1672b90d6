from typing import Literal

SpotOrderStpModeReported = Literal[
    "", "cancel_both", "cancel_maker", "cancel_taker", "none"
]

SPOT_ORDER_STP_MODE_REPORTED_VALUES: set[SpotOrderStpModeReported] = {
    "",
    "cancel_both",
    "cancel_maker",
    "cancel_taker",
    "none",
}


def check_spot_order_stp_mode_reported(value: str) -> SpotOrderStpModeReported:
    if value in SPOT_ORDER_STP_MODE_REPORTED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_ORDER_STP_MODE_REPORTED_VALUES!r}"
    )
