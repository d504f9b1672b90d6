from typing import Literal

FundingWithdrawAddressType = Literal[0, 1, 2]

FUNDING_WITHDRAW_ADDRESS_TYPE_VALUES: set[FundingWithdrawAddressType] = {
    0,
    1,
    2,
}


def check_funding_withdraw_address_type(value: int) -> FundingWithdrawAddressType:
    if value in FUNDING_WITHDRAW_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNDING_WITHDRAW_ADDRESS_TYPE_VALUES!r}"
    )
