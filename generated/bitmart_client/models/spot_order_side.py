from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderSide = Literal["buy", "sell"]

SPOT_ORDER_SIDE_VALUES: set[SpotOrderSide] = {
    "buy",
    "sell",
}
_LISTED: dict[object, SpotOrderSide] = {
    value: value for value in SPOT_ORDER_SIDE_VALUES
}


def check_spot_order_side(
    value: Any, model: str = "SpotOrderSide", key: str | None = None
) -> SpotOrderSide:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotOrderSide, note(model, key, "enum", value))
