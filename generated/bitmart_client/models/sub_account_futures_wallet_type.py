from typing import Literal

SubAccountFuturesWalletType = Literal["future"]

SUB_ACCOUNT_FUTURES_WALLET_TYPE_VALUES: set[SubAccountFuturesWalletType] = {
    "future",
}


def check_sub_account_futures_wallet_type(value: str) -> SubAccountFuturesWalletType:
    if value in SUB_ACCOUNT_FUTURES_WALLET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUB_ACCOUNT_FUTURES_WALLET_TYPE_VALUES!r}"
    )
