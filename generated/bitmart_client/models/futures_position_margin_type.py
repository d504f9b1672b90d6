from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPositionMarginType = Literal["cross", "Cross", "Isolated", "isolated"]

FUTURES_POSITION_MARGIN_TYPE_VALUES: set[FuturesPositionMarginType] = {
    "cross",
    "Cross",
    "Isolated",
    "isolated",
}
_LISTED: dict[object, FuturesPositionMarginType] = {
    value: value for value in FUTURES_POSITION_MARGIN_TYPE_VALUES
}


def check_futures_position_margin_type(
    value: Any, model: str = "FuturesPositionMarginType", key: str | None = None
) -> FuturesPositionMarginType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPositionMarginType, note(model, key, "enum", value))
