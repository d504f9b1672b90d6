from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTpSlSide = Literal[2, 3]

FUTURES_TP_SL_SIDE_VALUES: set[FuturesTpSlSide] = {
    2,
    3,
}
_LISTED: dict[object, FuturesTpSlSide] = {
    value: value for value in FUTURES_TP_SL_SIDE_VALUES
}


def check_futures_tp_sl_side(
    value: Any, model: str = "FuturesTpSlSide", key: str | None = None
) -> FuturesTpSlSide:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesTpSlSide, note(model, key, "enum", value))
