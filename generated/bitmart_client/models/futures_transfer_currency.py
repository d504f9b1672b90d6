from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTransferCurrency = Literal["USDT"]

FUTURES_TRANSFER_CURRENCY_VALUES: set[FuturesTransferCurrency] = {
    "USDT",
}


def check_futures_transfer_currency(
    value: Any, model: str = "FuturesTransferCurrency", key: str | None = None
) -> FuturesTransferCurrency:
    if value in FUTURES_TRANSFER_CURRENCY_VALUES:
        return cast(FuturesTransferCurrency, value)
    return cast(FuturesTransferCurrency, note(model, key, "enum", value))
