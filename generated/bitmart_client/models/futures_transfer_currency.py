from typing import Literal

FuturesTransferCurrency = Literal["USDT"]

FUTURES_TRANSFER_CURRENCY_VALUES: set[FuturesTransferCurrency] = {
    "USDT",
}


def check_futures_transfer_currency(value: str) -> FuturesTransferCurrency:
    if value in FUTURES_TRANSFER_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TRANSFER_CURRENCY_VALUES!r}"
    )
