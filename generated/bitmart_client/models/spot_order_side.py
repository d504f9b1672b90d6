from typing import Literal

SpotOrderSide = Literal["buy", "sell"]

SPOT_ORDER_SIDE_VALUES: set[SpotOrderSide] = {
    "buy",
    "sell",
}


def check_spot_order_side(value: str) -> SpotOrderSide:
    if value in SPOT_ORDER_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_ORDER_SIDE_VALUES!r}"
    )
