from typing import Literal

FuturesTpSlType = Literal["stop_loss", "take_profit"]

FUTURES_TP_SL_TYPE_VALUES: set[FuturesTpSlType] = {
    "stop_loss",
    "take_profit",
}


def check_futures_tp_sl_type(value: str) -> FuturesTpSlType:
    if value in FUTURES_TP_SL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TP_SL_TYPE_VALUES!r}"
    )
