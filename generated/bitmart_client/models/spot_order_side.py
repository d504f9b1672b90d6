from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderSide = Literal["buy", "sell"]

SPOT_ORDER_SIDE_VALUES: set[SpotOrderSide] = {
    "buy",
    "sell",
}


def check_spot_order_side(
    value: Any, model: str = "SpotOrderSide", key: str | None = None
) -> SpotOrderSide:
    if value in SPOT_ORDER_SIDE_VALUES:
        return cast(SpotOrderSide, value)
    return cast(SpotOrderSide, note(model, key, "enum", value))
