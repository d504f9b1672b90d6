from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotAlgoType = Literal["tp/sl", "trigger"]

SPOT_ALGO_TYPE_VALUES: set[SpotAlgoType] = {
    "tp/sl",
    "trigger",
}
_LISTED: dict[object, SpotAlgoType] = {value: value for value in SPOT_ALGO_TYPE_VALUES}


def check_spot_algo_type(
    value: Any, model: str = "SpotAlgoType", key: str | None = None
) -> SpotAlgoType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotAlgoType, note(model, key, "enum", value))
