from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPositionModeName = Literal["hedge_mode", "one_way_mode"]

FUTURES_POSITION_MODE_NAME_VALUES: set[FuturesPositionModeName] = {
    "hedge_mode",
    "one_way_mode",
}
_LISTED: dict[object, FuturesPositionModeName] = {
    value: value for value in FUTURES_POSITION_MODE_NAME_VALUES
}


def check_futures_position_mode_name(
    value: Any, model: str = "FuturesPositionModeName", key: str | None = None
) -> FuturesPositionModeName:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPositionModeName, note(model, key, "enum", value))
