from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderSide = Literal[1, 2, 3, 4]

FUTURES_ORDER_SIDE_VALUES: set[FuturesOrderSide] = {
    1,
    2,
    3,
    4,
}


def check_futures_order_side(
    value: Any, model: str = "FuturesOrderSide", key: str | None = None
) -> FuturesOrderSide:
    if value in FUTURES_ORDER_SIDE_VALUES:
        return cast(FuturesOrderSide, value)
    return cast(FuturesOrderSide, note(model, key, "enum", value))
