from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotAlgoType = Literal["tp/sl", "trigger"]

SPOT_ALGO_TYPE_VALUES: set[SpotAlgoType] = {
    "tp/sl",
    "trigger",
}


def check_spot_algo_type(
    value: Any, model: str = "SpotAlgoType", key: str | None = None
) -> SpotAlgoType:
    if value in SPOT_ALGO_TYPE_VALUES:
        return cast(SpotAlgoType, value)
    return cast(SpotAlgoType, note(model, key, "enum", value))
