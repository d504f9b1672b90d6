from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderPriceType = Literal[0, 1, 2]

FUTURES_ORDER_PRICE_TYPE_VALUES: set[FuturesOrderPriceType] = {
    0,
    1,
    2,
}
_LISTED: dict[object, FuturesOrderPriceType] = {
    value: value for value in FUTURES_ORDER_PRICE_TYPE_VALUES
}


def check_futures_order_price_type(
    value: Any, model: str = "FuturesOrderPriceType", key: str | None = None
) -> FuturesOrderPriceType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOrderPriceType, note(model, key, "enum", value))
