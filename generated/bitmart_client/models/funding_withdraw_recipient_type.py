from typing import Literal

FundingWithdrawRecipientType = Literal[1, 2, 3]

FUNDING_WITHDRAW_RECIPIENT_TYPE_VALUES: set[FundingWithdrawRecipientType] = {
    1,
    2,
    3,
}


def check_funding_withdraw_recipient_type(value: int) -> FundingWithdrawRecipientType:
    if value in FUNDING_WITHDRAW_RECIPIENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNDING_WITHDRAW_RECIPIENT_TYPE_VALUES!r}"
    )
