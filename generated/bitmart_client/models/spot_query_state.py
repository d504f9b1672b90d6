from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotQueryState = Literal["history", "open"]

SPOT_QUERY_STATE_VALUES: set[SpotQueryState] = {
    "history",
    "open",
}
_LISTED: dict[object, SpotQueryState] = {
    value: value for value in SPOT_QUERY_STATE_VALUES
}


def check_spot_query_state(
    value: Any, model: str = "SpotQueryState", key: str | None = None
) -> SpotQueryState:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotQueryState, note(model, key, "enum", value))
