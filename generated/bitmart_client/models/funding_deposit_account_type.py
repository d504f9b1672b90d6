from typing import Literal

FundingDepositAccountType = Literal["CONTRACT", "FUND", "SPOT"]

FUNDING_DEPOSIT_ACCOUNT_TYPE_VALUES: set[FundingDepositAccountType] = {
    "CONTRACT",
    "FUND",
    "SPOT",
}


def check_funding_deposit_account_type(value: str) -> FundingDepositAccountType:
    if value in FUNDING_DEPOSIT_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNDING_DEPOSIT_ACCOUNT_TYPE_VALUES!r}"
    )
