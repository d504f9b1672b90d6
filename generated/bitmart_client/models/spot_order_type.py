from typing import Literal

SpotOrderType = Literal["ioc", "limit", "limit_maker", "market"]

SPOT_ORDER_TYPE_VALUES: set[SpotOrderType] = {
    "ioc",
    "limit",
    "limit_maker",
    "market",
}


def check_spot_order_type(value: str) -> SpotOrderType:
    if value in SPOT_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_ORDER_TYPE_VALUES!r}"
    )
