from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderSideCode = Literal[1, 2, 3, 4]

FUTURES_ORDER_SIDE_CODE_VALUES: set[FuturesOrderSideCode] = {
    1,
    2,
    3,
    4,
}


def check_futures_order_side_code(
    value: Any, model: str = "FuturesOrderSideCode", key: str | None = None
) -> FuturesOrderSideCode:
    if value in FUTURES_ORDER_SIDE_CODE_VALUES:
        return cast(FuturesOrderSideCode, value)
    return cast(FuturesOrderSideCode, note(model, key, "enum", value))
