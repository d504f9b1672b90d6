from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPositionType = Literal[1, 2]

FUTURES_POSITION_TYPE_VALUES: set[FuturesPositionType] = {
    1,
    2,
}
_LISTED: dict[object, FuturesPositionType] = {
    value: value for value in FUTURES_POSITION_TYPE_VALUES
}


def check_futures_position_type(
    value: Any, model: str = "FuturesPositionType", key: str | None = None
) -> FuturesPositionType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPositionType, note(model, key, "enum", value))
