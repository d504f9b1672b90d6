from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderType = Literal["ioc", "limit", "limit_maker", "market"]

SPOT_ORDER_TYPE_VALUES: set[SpotOrderType] = {
    "ioc",
    "limit",
    "limit_maker",
    "market",
}


def check_spot_order_type(
    value: Any, model: str = "SpotOrderType", key: str | None = None
) -> SpotOrderType:
    if value in SPOT_ORDER_TYPE_VALUES:
        return cast(SpotOrderType, value)
    return cast(SpotOrderType, note(model, key, "enum", value))
