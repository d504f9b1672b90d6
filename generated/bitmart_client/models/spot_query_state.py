from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotQueryState = Literal["history", "open"]

SPOT_QUERY_STATE_VALUES: set[SpotQueryState] = {
    "history",
    "open",
}


def check_spot_query_state(
    value: Any, model: str = "SpotQueryState", key: str | None = None
) -> SpotQueryState:
    if value in SPOT_QUERY_STATE_VALUES:
        return cast(SpotQueryState, value)
    return cast(SpotQueryState, note(model, key, "enum", value))
