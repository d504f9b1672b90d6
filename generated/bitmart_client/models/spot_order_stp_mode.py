from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderStpMode = Literal["cancel_both", "cancel_maker", "cancel_taker", "none"]

SPOT_ORDER_STP_MODE_VALUES: set[SpotOrderStpMode] = {
    "cancel_both",
    "cancel_maker",
    "cancel_taker",
    "none",
}


def check_spot_order_stp_mode(
    value: Any, model: str = "SpotOrderStpMode", key: str | None = None
) -> SpotOrderStpMode:
    if value in SPOT_ORDER_STP_MODE_VALUES:
        return cast(SpotOrderStpMode, value)
    return cast(SpotOrderStpMode, note(model, key, "enum", value))
