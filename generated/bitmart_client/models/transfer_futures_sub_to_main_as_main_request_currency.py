from typing import Literal

TransferFuturesSubToMainAsMainRequestCurrency = Literal["USDT"]

TRANSFER_FUTURES_SUB_TO_MAIN_AS_MAIN_REQUEST_CURRENCY_VALUES: set[
    TransferFuturesSubToMainAsMainRequestCurrency
] = {
    "USDT",
}


def check_transfer_futures_sub_to_main_as_main_request_currency(
    value: str,
) -> TransferFuturesSubToMainAsMainRequestCurrency:
    if value in TRANSFER_FUTURES_SUB_TO_MAIN_AS_MAIN_REQUEST_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_FUTURES_SUB_TO_MAIN_AS_MAIN_REQUEST_CURRENCY_VALUES!r}"
    )
