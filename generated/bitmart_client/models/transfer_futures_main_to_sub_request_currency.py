from typing import Literal

TransferFuturesMainToSubRequestCurrency = Literal["USDT"]

TRANSFER_FUTURES_MAIN_TO_SUB_REQUEST_CURRENCY_VALUES: set[
    TransferFuturesMainToSubRequestCurrency
] = {
    "USDT",
}


def check_transfer_futures_main_to_sub_request_currency(
    value: str,
) -> TransferFuturesMainToSubRequestCurrency:
    if value in TRANSFER_FUTURES_MAIN_TO_SUB_REQUEST_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_FUTURES_MAIN_TO_SUB_REQUEST_CURRENCY_VALUES!r}"
    )
