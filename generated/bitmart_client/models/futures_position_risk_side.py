from typing import Literal

FuturesPositionRiskSide = Literal["long", "Long", "short", "Short"]

FUTURES_POSITION_RISK_SIDE_VALUES: set[FuturesPositionRiskSide] = {
    "long",
    "Long",
    "short",
    "Short",
}


def check_futures_position_risk_side(value: str) -> FuturesPositionRiskSide:
    if value in FUTURES_POSITION_RISK_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_POSITION_RISK_SIDE_VALUES!r}"
    )
