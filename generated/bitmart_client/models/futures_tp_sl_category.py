from typing import Literal

FuturesTpSlCategory = Literal["limit", "market"]

FUTURES_TP_SL_CATEGORY_VALUES: set[FuturesTpSlCategory] = {
    "limit",
    "market",
}


def check_futures_tp_sl_category(value: str) -> FuturesTpSlCategory:
    if value in FUTURES_TP_SL_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TP_SL_CATEGORY_VALUES!r}"
    )
