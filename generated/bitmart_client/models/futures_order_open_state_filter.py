from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderOpenStateFilter = Literal["all", "partially_filled"]

FUTURES_ORDER_OPEN_STATE_FILTER_VALUES: set[FuturesOrderOpenStateFilter] = {
    "all",
    "partially_filled",
}


def check_futures_order_open_state_filter(
    value: Any, model: str = "FuturesOrderOpenStateFilter", key: str | None = None
) -> FuturesOrderOpenStateFilter:
    if value in FUTURES_ORDER_OPEN_STATE_FILTER_VALUES:
        return cast(FuturesOrderOpenStateFilter, value)
    return cast(FuturesOrderOpenStateFilter, note(model, key, "enum", value))
