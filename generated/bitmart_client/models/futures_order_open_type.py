from typing import Literal

FuturesOrderOpenType = Literal["cross", "isolated"]

FUTURES_ORDER_OPEN_TYPE_VALUES: set[FuturesOrderOpenType] = {
    "cross",
    "isolated",
}


def check_futures_order_open_type(value: str) -> FuturesOrderOpenType:
    if value in FUTURES_ORDER_OPEN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_OPEN_TYPE_VALUES!r}"
    )
