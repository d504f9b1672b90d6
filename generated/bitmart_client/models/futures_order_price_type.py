from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderPriceType = Literal[0, 1, 2]

FUTURES_ORDER_PRICE_TYPE_VALUES: set[FuturesOrderPriceType] = {
    0,
    1,
    2,
}


def check_futures_order_price_type(
    value: Any, model: str = "FuturesOrderPriceType", key: str | None = None
) -> FuturesOrderPriceType:
    if value in FUTURES_ORDER_PRICE_TYPE_VALUES:
        return cast(FuturesOrderPriceType, value)
    return cast(FuturesOrderPriceType, note(model, key, "enum", value))
