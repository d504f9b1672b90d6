from typing import Literal

SpotAlgoType = Literal["tp/sl", "trigger"]

SPOT_ALGO_TYPE_VALUES: set[SpotAlgoType] = {
    "tp/sl",
    "trigger",
}


def check_spot_algo_type(value: str) -> SpotAlgoType:
    if value in SPOT_ALGO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_ALGO_TYPE_VALUES!r}"
    )
