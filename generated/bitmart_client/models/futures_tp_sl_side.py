from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTpSlSide = Literal[2, 3]

FUTURES_TP_SL_SIDE_VALUES: set[FuturesTpSlSide] = {
    2,
    3,
}


def check_futures_tp_sl_side(
    value: Any, model: str = "FuturesTpSlSide", key: str | None = None
) -> FuturesTpSlSide:
    if value in FUTURES_TP_SL_SIDE_VALUES:
        return cast(FuturesTpSlSide, value)
    return cast(FuturesTpSlSide, note(model, key, "enum", value))
