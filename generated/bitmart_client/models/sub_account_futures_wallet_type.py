from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SubAccountFuturesWalletType = Literal["future"]

SUB_ACCOUNT_FUTURES_WALLET_TYPE_VALUES: set[SubAccountFuturesWalletType] = {
    "future",
}
_LISTED: dict[object, SubAccountFuturesWalletType] = {
    value: value for value in SUB_ACCOUNT_FUTURES_WALLET_TYPE_VALUES
}


def check_sub_account_futures_wallet_type(
    value: Any, model: str = "SubAccountFuturesWalletType", key: str | None = None
) -> SubAccountFuturesWalletType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SubAccountFuturesWalletType, note(model, key, "enum", value))
