from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

MarginOrderSide = Literal["buy", "sell"]

MARGIN_ORDER_SIDE_VALUES: set[MarginOrderSide] = {
    "buy",
    "sell",
}
_LISTED: dict[object, MarginOrderSide] = {
    value: value for value in MARGIN_ORDER_SIDE_VALUES
}


def check_margin_order_side(
    value: Any, model: str = "MarginOrderSide", key: str | None = None
) -> MarginOrderSide:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(MarginOrderSide, note(model, key, "enum", value))
