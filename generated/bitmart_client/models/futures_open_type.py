from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOpenType = Literal["cross", "isolated"]

FUTURES_OPEN_TYPE_VALUES: set[FuturesOpenType] = {
    "cross",
    "isolated",
}


def check_futures_open_type(
    value: Any, model: str = "FuturesOpenType", key: str | None = None
) -> FuturesOpenType:
    if value in FUTURES_OPEN_TYPE_VALUES:
        return cast(FuturesOpenType, value)
    return cast(FuturesOpenType, note(model, key, "enum", value))
