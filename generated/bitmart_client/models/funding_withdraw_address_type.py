from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingWithdrawAddressType = Literal[0, 1, 2]

FUNDING_WITHDRAW_ADDRESS_TYPE_VALUES: set[FundingWithdrawAddressType] = {
    0,
    1,
    2,
}


def check_funding_withdraw_address_type(
    value: Any, model: str = "FundingWithdrawAddressType", key: str | None = None
) -> FundingWithdrawAddressType:
    if value in FUNDING_WITHDRAW_ADDRESS_TYPE_VALUES:
        return cast(FundingWithdrawAddressType, value)
    return cast(FundingWithdrawAddressType, note(model, key, "enum", value))
