from typing import Literal

SpotOrderMode = Literal["iso_margin", "spot"]

SPOT_ORDER_MODE_VALUES: set[SpotOrderMode] = {
    "iso_margin",
    "spot",
}


def check_spot_order_mode(value: str) -> SpotOrderMode:
    if value in SPOT_ORDER_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_ORDER_MODE_VALUES!r}"
    )
