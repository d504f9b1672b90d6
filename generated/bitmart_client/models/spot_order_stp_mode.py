from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderStpMode = Literal["cancel_both", "cancel_maker", "cancel_taker", "none"]

SPOT_ORDER_STP_MODE_VALUES: set[SpotOrderStpMode] = {
    "cancel_both",
    "cancel_maker",
    "cancel_taker",
    "none",
}
_LISTED: dict[object, SpotOrderStpMode] = {
    value: value for value in SPOT_ORDER_STP_MODE_VALUES
}


def check_spot_order_stp_mode(
    value: Any, model: str = "SpotOrderStpMode", key: str | None = None
) -> SpotOrderStpMode:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotOrderStpMode, note(model, key, "enum", value))
