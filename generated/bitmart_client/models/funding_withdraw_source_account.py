from typing import Literal

FundingWithdrawSourceAccount = Literal["FUND", "SPOT"]

FUNDING_WITHDRAW_SOURCE_ACCOUNT_VALUES: set[FundingWithdrawSourceAccount] = {
    "FUND",
    "SPOT",
}


def check_funding_withdraw_source_account(value: str) -> FundingWithdrawSourceAccount:
    if value in FUNDING_WITHDRAW_SOURCE_ACCOUNT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNDING_WITHDRAW_SOURCE_ACCOUNT_VALUES!r}"
    )
