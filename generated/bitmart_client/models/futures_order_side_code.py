from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderSideCode = Literal[1, 2, 3, 4]

FUTURES_ORDER_SIDE_CODE_VALUES: set[FuturesOrderSideCode] = {
    1,
    2,
    3,
    4,
}
_LISTED: dict[object, FuturesOrderSideCode] = {
    value: value for value in FUTURES_ORDER_SIDE_CODE_VALUES
}


def check_futures_order_side_code(
    value: Any, model: str = "FuturesOrderSideCode", key: str | None = None
) -> FuturesOrderSideCode:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOrderSideCode, note(model, key, "enum", value))
