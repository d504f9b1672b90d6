from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPositionType = Literal[1, 2]

FUTURES_POSITION_TYPE_VALUES: set[FuturesPositionType] = {
    1,
    2,
}


def check_futures_position_type(
    value: Any, model: str = "FuturesPositionType", key: str | None = None
) -> FuturesPositionType:
    if value in FUTURES_POSITION_TYPE_VALUES:
        return cast(FuturesPositionType, value)
    return cast(FuturesPositionType, note(model, key, "enum", value))
