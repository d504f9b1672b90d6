from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SubAccountSpotWalletType = Literal["spot"]

SUB_ACCOUNT_SPOT_WALLET_TYPE_VALUES: set[SubAccountSpotWalletType] = {
    "spot",
}


def check_sub_account_spot_wallet_type(
    value: Any, model: str = "SubAccountSpotWalletType", key: str | None = None
) -> SubAccountSpotWalletType:
    if value in SUB_ACCOUNT_SPOT_WALLET_TYPE_VALUES:
        return cast(SubAccountSpotWalletType, value)
    return cast(SubAccountSpotWalletType, note(model, key, "enum", value))
