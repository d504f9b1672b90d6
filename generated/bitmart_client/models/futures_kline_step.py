from typing import Literal

FuturesKlineStep = Literal[1, 3, 5, 15, 30, 60, 120, 240, 360, 720, 1440, 4320, 10080]

FUTURES_KLINE_STEP_VALUES: set[FuturesKlineStep] = {
    1,
    3,
    5,
    15,
    30,
    60,
    120,
    240,
    360,
    720,
    1440,
    4320,
    10080,
}


def check_futures_kline_step(value: int) -> FuturesKlineStep:
    if value in FUTURES_KLINE_STEP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_KLINE_STEP_VALUES!r}"
    )
