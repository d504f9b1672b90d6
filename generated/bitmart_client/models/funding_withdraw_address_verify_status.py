from typing import Literal

FundingWithdrawAddressVerifyStatus = Literal[0, 1]

FUNDING_WITHDRAW_ADDRESS_VERIFY_STATUS_VALUES: set[
    FundingWithdrawAddressVerifyStatus
] = {
    0,
    1,
}


def check_funding_withdraw_address_verify_status(
    value: int,
) -> FundingWithdrawAddressVerifyStatus:
    if value in FUNDING_WITHDRAW_ADDRESS_VERIFY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNDING_WITHDRAW_ADDRESS_VERIFY_STATUS_VALUES!r}"
    )
