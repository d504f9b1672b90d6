from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPositionSide = Literal["both", "long", "short"]

FUTURES_POSITION_SIDE_VALUES: set[FuturesPositionSide] = {
    "both",
    "long",
    "short",
}


def check_futures_position_side(
    value: Any, model: str = "FuturesPositionSide", key: str | None = None
) -> FuturesPositionSide:
    if value in FUTURES_POSITION_SIDE_VALUES:
        return cast(FuturesPositionSide, value)
    return cast(FuturesPositionSide, note(model, key, "enum", value))
