from typing import Literal

SubAccountSpotWalletType = Literal["spot"]

SUB_ACCOUNT_SPOT_WALLET_TYPE_VALUES: set[SubAccountSpotWalletType] = {
    "spot",
}


def check_sub_account_spot_wallet_type(value: str) -> SubAccountSpotWalletType:
    if value in SUB_ACCOUNT_SPOT_WALLET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUB_ACCOUNT_SPOT_WALLET_TYPE_VALUES!r}"
    )
