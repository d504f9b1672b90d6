from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesCloseAllPositionSide = Literal["long", "short"]

FUTURES_CLOSE_ALL_POSITION_SIDE_VALUES: set[FuturesCloseAllPositionSide] = {
    "long",
    "short",
}
_LISTED: dict[object, FuturesCloseAllPositionSide] = {
    value: value for value in FUTURES_CLOSE_ALL_POSITION_SIDE_VALUES
}


def check_futures_close_all_position_side(
    value: Any, model: str = "FuturesCloseAllPositionSide", key: str | None = None
) -> FuturesCloseAllPositionSide:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesCloseAllPositionSide, note(model, key, "enum", value))
