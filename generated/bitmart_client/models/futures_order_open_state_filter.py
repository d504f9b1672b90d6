from typing import Literal

FuturesOrderOpenStateFilter = Literal["all", "partially_filled"]

FUTURES_ORDER_OPEN_STATE_FILTER_VALUES: set[FuturesOrderOpenStateFilter] = {
    "all",
    "partially_filled",
}


def check_futures_order_open_state_filter(value: str) -> FuturesOrderOpenStateFilter:
    if value in FUTURES_ORDER_OPEN_STATE_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_OPEN_STATE_FILTER_VALUES!r}"
    )
