from typing import Literal

FuturesSubmitOrderType = Literal["limit", "market"]

FUTURES_SUBMIT_ORDER_TYPE_VALUES: set[FuturesSubmitOrderType] = {
    "limit",
    "market",
}


def check_futures_submit_order_type(value: str) -> FuturesSubmitOrderType:
    if value in FUTURES_SUBMIT_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_SUBMIT_ORDER_TYPE_VALUES!r}"
    )
