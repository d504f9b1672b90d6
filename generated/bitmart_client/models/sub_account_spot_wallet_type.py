from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SubAccountSpotWalletType = Literal["spot"]

SUB_ACCOUNT_SPOT_WALLET_TYPE_VALUES: set[SubAccountSpotWalletType] = {
    "spot",
}
_LISTED: dict[object, SubAccountSpotWalletType] = {
    value: value for value in SUB_ACCOUNT_SPOT_WALLET_TYPE_VALUES
}


def check_sub_account_spot_wallet_type(
    value: Any, model: str = "SubAccountSpotWalletType", key: str | None = None
) -> SubAccountSpotWalletType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SubAccountSpotWalletType, note(model, key, "enum", value))
