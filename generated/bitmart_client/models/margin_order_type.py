from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

MarginOrderType = Literal["ioc", "limit", "limit_maker", "market"]

MARGIN_ORDER_TYPE_VALUES: set[MarginOrderType] = {
    "ioc",
    "limit",
    "limit_maker",
    "market",
}


def check_margin_order_type(
    value: Any, model: str = "MarginOrderType", key: str | None = None
) -> MarginOrderType:
    if value in MARGIN_ORDER_TYPE_VALUES:
        return cast(MarginOrderType, value)
    return cast(MarginOrderType, note(model, key, "enum", value))
