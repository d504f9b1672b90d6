from typing import Literal

FuturesTpSlSide = Literal[2, 3]

FUTURES_TP_SL_SIDE_VALUES: set[FuturesTpSlSide] = {
    2,
    3,
}


def check_futures_tp_sl_side(value: int) -> FuturesTpSlSide:
    if value in FUTURES_TP_SL_SIDE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TP_SL_SIDE_VALUES!r}"
    )
