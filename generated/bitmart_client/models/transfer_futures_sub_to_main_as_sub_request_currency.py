from typing import Literal

TransferFuturesSubToMainAsSubRequestCurrency = Literal["USDT"]

TRANSFER_FUTURES_SUB_TO_MAIN_AS_SUB_REQUEST_CURRENCY_VALUES: set[
    TransferFuturesSubToMainAsSubRequestCurrency
] = {
    "USDT",
}


def check_transfer_futures_sub_to_main_as_sub_request_currency(
    value: str,
) -> TransferFuturesSubToMainAsSubRequestCurrency:
    if value in TRANSFER_FUTURES_SUB_TO_MAIN_AS_SUB_REQUEST_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_FUTURES_SUB_TO_MAIN_AS_SUB_REQUEST_CURRENCY_VALUES!r}"
    )
