from typing import Literal

SpotKlineStep = Literal[1, 5, 15, 30, 60, 120, 240, 1440, 10080, 43200]

SPOT_KLINE_STEP_VALUES: set[SpotKlineStep] = {
    1,
    5,
    15,
    30,
    60,
    120,
    240,
    1440,
    10080,
    43200,
}


def check_spot_kline_step(value: int) -> SpotKlineStep:
    if value in SPOT_KLINE_STEP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_KLINE_STEP_VALUES!r}"
    )
