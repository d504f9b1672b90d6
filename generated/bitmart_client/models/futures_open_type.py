from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesOpenType = Literal["cross", "isolated"]

FUTURES_OPEN_TYPE_VALUES: set[FuturesOpenType] = {
    "cross",
    "isolated",
}
_LISTED: dict[object, FuturesOpenType] = {
    value: value for value in FUTURES_OPEN_TYPE_VALUES
}


def check_futures_open_type(
    value: Any, model: str = "FuturesOpenType", key: str | None = None
) -> FuturesOpenType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesOpenType, note(model, key, "enum", value))
