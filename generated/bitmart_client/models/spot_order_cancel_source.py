from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderCancelSource = Literal["", "system", "user"]

SPOT_ORDER_CANCEL_SOURCE_VALUES: set[SpotOrderCancelSource] = {
    "",
    "system",
    "user",
}
_LISTED: dict[object, SpotOrderCancelSource] = {
    value: value for value in SPOT_ORDER_CANCEL_SOURCE_VALUES
}


def check_spot_order_cancel_source(
    value: Any, model: str = "SpotOrderCancelSource", key: str | None = None
) -> SpotOrderCancelSource:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotOrderCancelSource, note(model, key, "enum", value))
