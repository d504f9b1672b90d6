from typing import Literal

SpotQueryState = Literal["history", "open"]

SPOT_QUERY_STATE_VALUES: set[SpotQueryState] = {
    "history",
    "open",
}


def check_spot_query_state(value: str) -> SpotQueryState:
    if value in SPOT_QUERY_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_QUERY_STATE_VALUES!r}"
    )
