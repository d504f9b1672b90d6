from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderOpenStateFilter = Literal["all", "partially_filled"]

FUTURES_ORDER_OPEN_STATE_FILTER_VALUES: set[FuturesOrderOpenStateFilter] = {
    "all",
    "partially_filled",
}
_LISTED: dict[object, FuturesOrderOpenStateFilter] = {
    value: value for value in FUTURES_ORDER_OPEN_STATE_FILTER_VALUES
}


def check_futures_order_open_state_filter(
    value: Any, model: str = "FuturesOrderOpenStateFilter", key: str | None = None
) -> FuturesOrderOpenStateFilter:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOrderOpenStateFilter, note(model, key, "enum", value))
