from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingWithdrawAddressType = Literal[0, 1, 2]

FUNDING_WITHDRAW_ADDRESS_TYPE_VALUES: set[FundingWithdrawAddressType] = {
    0,
    1,
    2,
}
_LISTED: dict[object, FundingWithdrawAddressType] = {
    value: value for value in FUNDING_WITHDRAW_ADDRESS_TYPE_VALUES
}


def check_funding_withdraw_address_type(
    value: Any, model: str = "FundingWithdrawAddressType", key: str | None = None
) -> FundingWithdrawAddressType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FundingWithdrawAddressType, note(model, key, "enum", value))
