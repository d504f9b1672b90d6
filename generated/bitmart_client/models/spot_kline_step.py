from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

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
_LISTED: dict[object, SpotKlineStep] = {
    value: value for value in SPOT_KLINE_STEP_VALUES
}


def check_spot_kline_step(
    value: Any, model: str = "SpotKlineStep", key: str | None = None
) -> SpotKlineStep:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotKlineStep, note(model, key, "enum", value))
