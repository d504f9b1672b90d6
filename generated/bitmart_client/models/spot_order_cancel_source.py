from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderCancelSource = Literal["", "system", "user"]

SPOT_ORDER_CANCEL_SOURCE_VALUES: set[SpotOrderCancelSource] = {
    "",
    "system",
    "user",
}


def check_spot_order_cancel_source(
    value: Any, model: str = "SpotOrderCancelSource", key: str | None = None
) -> SpotOrderCancelSource:
    if value in SPOT_ORDER_CANCEL_SOURCE_VALUES:
        return cast(SpotOrderCancelSource, value)
    return cast(SpotOrderCancelSource, note(model, key, "enum", value))
