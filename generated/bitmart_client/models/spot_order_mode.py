from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotOrderMode = Literal["iso_margin", "spot"]

SPOT_ORDER_MODE_VALUES: set[SpotOrderMode] = {
    "iso_margin",
    "spot",
}
_LISTED: dict[object, SpotOrderMode] = {
    value: value for value in SPOT_ORDER_MODE_VALUES
}


def check_spot_order_mode(
    value: Any, model: str = "SpotOrderMode", key: str | None = None
) -> SpotOrderMode:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotOrderMode, note(model, key, "enum", value))
