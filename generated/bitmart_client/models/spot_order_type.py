from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderType = Literal["ioc", "limit", "limit_maker", "market"]

SPOT_ORDER_TYPE_VALUES: set[SpotOrderType] = {
    "ioc",
    "limit",
    "limit_maker",
    "market",
}
_LISTED: dict[object, SpotOrderType] = {
    value: value for value in SPOT_ORDER_TYPE_VALUES
}


def check_spot_order_type(
    value: Any, model: str = "SpotOrderType", key: str | None = None
) -> SpotOrderType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotOrderType, note(model, key, "enum", value))
