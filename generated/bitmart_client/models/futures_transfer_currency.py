from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTransferCurrency = Literal["USDT"]

FUTURES_TRANSFER_CURRENCY_VALUES: set[FuturesTransferCurrency] = {
    "USDT",
}
_LISTED: dict[object, FuturesTransferCurrency] = {
    value: value for value in FUTURES_TRANSFER_CURRENCY_VALUES
}


def check_futures_transfer_currency(
    value: Any, model: str = "FuturesTransferCurrency", key: str | None = None
) -> FuturesTransferCurrency:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesTransferCurrency, note(model, key, "enum", value))
