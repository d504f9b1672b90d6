from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPositionMarginType = Literal["cross", "Cross", "Isolated", "isolated"]

FUTURES_POSITION_MARGIN_TYPE_VALUES: set[FuturesPositionMarginType] = {
    "cross",
    "Cross",
    "Isolated",
    "isolated",
}


def check_futures_position_margin_type(
    value: Any, model: str = "FuturesPositionMarginType", key: str | None = None
) -> FuturesPositionMarginType:
    if value in FUTURES_POSITION_MARGIN_TYPE_VALUES:
        return cast(FuturesPositionMarginType, value)
    return cast(FuturesPositionMarginType, note(model, key, "enum", value))
