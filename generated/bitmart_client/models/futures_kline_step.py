from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

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
_LISTED: dict[object, FuturesKlineStep] = {
    value: value for value in FUTURES_KLINE_STEP_VALUES
}


def check_futures_kline_step(
    value: Any, model: str = "FuturesKlineStep", key: str | None = None
) -> FuturesKlineStep:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesKlineStep, note(model, key, "enum", value))
