from typing import Literal

SubAccountFuturesCurrency = Literal["USDT"]

SUB_ACCOUNT_FUTURES_CURRENCY_VALUES: set[SubAccountFuturesCurrency] = {
    "USDT",
}


def check_sub_account_futures_currency(value: str) -> SubAccountFuturesCurrency:
    if value in SUB_ACCOUNT_FUTURES_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUB_ACCOUNT_FUTURES_CURRENCY_VALUES!r}"
    )
