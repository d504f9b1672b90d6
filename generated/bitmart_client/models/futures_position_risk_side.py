from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesPositionRiskSide = Literal["long", "Long", "short", "Short"]

FUTURES_POSITION_RISK_SIDE_VALUES: set[FuturesPositionRiskSide] = {
    "long",
    "Long",
    "short",
    "Short",
}
_LISTED: dict[object, FuturesPositionRiskSide] = {
    value: value for value in FUTURES_POSITION_RISK_SIDE_VALUES
}


def check_futures_position_risk_side(
    value: Any, model: str = "FuturesPositionRiskSide", key: str | None = None
) -> FuturesPositionRiskSide:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesPositionRiskSide, note(model, key, "enum", value))
