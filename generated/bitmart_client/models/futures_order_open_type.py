from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOrderOpenType = Literal["cross", "isolated"]

FUTURES_ORDER_OPEN_TYPE_VALUES: set[FuturesOrderOpenType] = {
    "cross",
    "isolated",
}


def check_futures_order_open_type(
    value: Any, model: str = "FuturesOrderOpenType", key: str | None = None
) -> FuturesOrderOpenType:
    if value in FUTURES_ORDER_OPEN_TYPE_VALUES:
        return cast(FuturesOrderOpenType, value)
    return cast(FuturesOrderOpenType, note(model, key, "enum", value))
