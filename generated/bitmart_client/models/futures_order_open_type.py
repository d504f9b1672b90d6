from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderOpenType = Literal["cross", "isolated"]

FUTURES_ORDER_OPEN_TYPE_VALUES: set[FuturesOrderOpenType] = {
    "cross",
    "isolated",
}
_LISTED: dict[object, FuturesOrderOpenType] = {
    value: value for value in FUTURES_ORDER_OPEN_TYPE_VALUES
}


def check_futures_order_open_type(
    value: Any, model: str = "FuturesOrderOpenType", key: str | None = None
) -> FuturesOrderOpenType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOrderOpenType, note(model, key, "enum", value))
