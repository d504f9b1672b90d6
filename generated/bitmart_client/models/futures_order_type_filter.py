from typing import Literal

FuturesOrderTypeFilter = Literal["limit", "market", "trailing"]

FUTURES_ORDER_TYPE_FILTER_VALUES: set[FuturesOrderTypeFilter] = {
    "limit",
    "market",
    "trailing",
}


def check_futures_order_type_filter(value: str) -> FuturesOrderTypeFilter:
    if value in FUTURES_ORDER_TYPE_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_TYPE_FILTER_VALUES!r}"
    )
