from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

MarginOrderType = Literal["ioc", "limit", "limit_maker", "market"]

MARGIN_ORDER_TYPE_VALUES: set[MarginOrderType] = {
    "ioc",
    "limit",
    "limit_maker",
    "market",
}
_LISTED: dict[object, MarginOrderType] = {
    value: value for value in MARGIN_ORDER_TYPE_VALUES
}


def check_margin_order_type(
    value: Any, model: str = "MarginOrderType", key: str | None = None
) -> MarginOrderType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(MarginOrderType, note(model, key, "enum", value))
