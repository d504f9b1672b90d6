from typing import Literal

FuturesOpenType = Literal["cross", "isolated"]

FUTURES_OPEN_TYPE_VALUES: set[FuturesOpenType] = {
    "cross",
    "isolated",
}


def check_futures_open_type(value: str) -> FuturesOpenType:
    if value in FUTURES_OPEN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_OPEN_TYPE_VALUES!r}"
    )
