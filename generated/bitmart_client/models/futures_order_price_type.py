from typing import Literal

FuturesOrderPriceType = Literal[0, 1, 2]

FUTURES_ORDER_PRICE_TYPE_VALUES: set[FuturesOrderPriceType] = {
    0,
    1,
    2,
}


def check_futures_order_price_type(value: int) -> FuturesOrderPriceType:
    if value in FUTURES_ORDER_PRICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_PRICE_TYPE_VALUES!r}"
    )
