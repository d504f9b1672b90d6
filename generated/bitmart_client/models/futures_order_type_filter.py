from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderTypeFilter = Literal["limit", "market", "trailing"]

FUTURES_ORDER_TYPE_FILTER_VALUES: set[FuturesOrderTypeFilter] = {
    "limit",
    "market",
    "trailing",
}
_LISTED: dict[object, FuturesOrderTypeFilter] = {
    value: value for value in FUTURES_ORDER_TYPE_FILTER_VALUES
}


def check_futures_order_type_filter(
    value: Any, model: str = "FuturesOrderTypeFilter", key: str | None = None
) -> FuturesOrderTypeFilter:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOrderTypeFilter, note(model, key, "enum", value))
