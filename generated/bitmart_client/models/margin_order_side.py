from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

MarginOrderSide = Literal["buy", "sell"]

MARGIN_ORDER_SIDE_VALUES: set[MarginOrderSide] = {
    "buy",
    "sell",
}


def check_margin_order_side(
    value: Any, model: str = "MarginOrderSide", key: str | None = None
) -> MarginOrderSide:
    if value in MARGIN_ORDER_SIDE_VALUES:
        return cast(MarginOrderSide, value)
    return cast(MarginOrderSide, note(model, key, "enum", value))
