from typing import Literal

MarginOrderType = Literal["ioc", "limit", "limit_maker", "market"]

MARGIN_ORDER_TYPE_VALUES: set[MarginOrderType] = {
    "ioc",
    "limit",
    "limit_maker",
    "market",
}


def check_margin_order_type(value: str) -> MarginOrderType:
    if value in MARGIN_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARGIN_ORDER_TYPE_VALUES!r}"
    )
