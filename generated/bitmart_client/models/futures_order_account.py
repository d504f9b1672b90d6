from typing import Literal

FuturesOrderAccount = Literal["copy_trading", "futures"]

FUTURES_ORDER_ACCOUNT_VALUES: set[FuturesOrderAccount] = {
    "copy_trading",
    "futures",
}


def check_futures_order_account(value: str) -> FuturesOrderAccount:
    if value in FUTURES_ORDER_ACCOUNT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_ORDER_ACCOUNT_VALUES!r}"
    )
