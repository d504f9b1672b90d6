from typing import Literal

MarginOrderSide = Literal["buy", "sell"]

MARGIN_ORDER_SIDE_VALUES: set[MarginOrderSide] = {
    "buy",
    "sell",
}


def check_margin_order_side(value: str) -> MarginOrderSide:
    if value in MARGIN_ORDER_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARGIN_ORDER_SIDE_VALUES!r}"
    )
