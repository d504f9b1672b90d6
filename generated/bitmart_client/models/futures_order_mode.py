from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderMode = Literal[1, 2, 3, 4]

FUTURES_ORDER_MODE_VALUES: set[FuturesOrderMode] = {
    1,
    2,
    3,
    4,
}
_LISTED: dict[object, FuturesOrderMode] = {
    value: value for value in FUTURES_ORDER_MODE_VALUES
}


def check_futures_order_mode(
    value: Any, model: str = "FuturesOrderMode", key: str | None = None
) -> FuturesOrderMode:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOrderMode, note(model, key, "enum", value))
