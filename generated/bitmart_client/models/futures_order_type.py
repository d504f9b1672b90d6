from typing import Literal

FuturesOrderType = Literal[
    "adl", "bankruptcy", "limit", "liquidate", "market", "planorder", "trailing"
]

FUTURES_ORDER_TYPE_VALUES: set[FuturesOrderType] = {
    "adl",
    "bankruptcy",
    "limit",
    "liquidate",
    "market",
    "planorder",
    "trailing",
}


def check_futures_order_type(value: str) -> FuturesOrderType:
    if value in FUTURES_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_TYPE_VALUES!r}"
    )
