from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderSide = Literal[1, 2, 3, 4]

FUTURES_ORDER_SIDE_VALUES: set[FuturesOrderSide] = {
    1,
    2,
    3,
    4,
}
_LISTED: dict[object, FuturesOrderSide] = {
    value: value for value in FUTURES_ORDER_SIDE_VALUES
}


def check_futures_order_side(
    value: Any, model: str = "FuturesOrderSide", key: str | None = None
) -> FuturesOrderSide:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOrderSide, note(model, key, "enum", value))
