from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderStpModeReported = Literal[
    "", "cancel_both", "cancel_maker", "cancel_taker", "none"
]

SPOT_ORDER_STP_MODE_REPORTED_VALUES: set[SpotOrderStpModeReported] = {
    "",
    "cancel_both",
    "cancel_maker",
    "cancel_taker",
    "none",
}
_LISTED: dict[object, SpotOrderStpModeReported] = {
    value: value for value in SPOT_ORDER_STP_MODE_REPORTED_VALUES
}


def check_spot_order_stp_mode_reported(
    value: Any, model: str = "SpotOrderStpModeReported", key: str | None = None
) -> SpotOrderStpModeReported:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotOrderStpModeReported, note(model, key, "enum", value))
