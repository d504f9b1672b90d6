from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPositionSide = Literal["both", "long", "short"]

FUTURES_POSITION_SIDE_VALUES: set[FuturesPositionSide] = {
    "both",
    "long",
    "short",
}
_LISTED: dict[object, FuturesPositionSide] = {
    value: value for value in FUTURES_POSITION_SIDE_VALUES
}


def check_futures_position_side(
    value: Any, model: str = "FuturesPositionSide", key: str | None = None
) -> FuturesPositionSide:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPositionSide, note(model, key, "enum", value))
