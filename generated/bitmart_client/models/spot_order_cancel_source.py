from typing import Literal

SpotOrderCancelSource = Literal["", "system", "user"]

SPOT_ORDER_CANCEL_SOURCE_VALUES: set[SpotOrderCancelSource] = {
    "",
    "system",
    "user",
}


def check_spot_order_cancel_source(value: str) -> SpotOrderCancelSource:
    if value in SPOT_ORDER_CANCEL_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_ORDER_CANCEL_SOURCE_VALUES!r}"
    )
