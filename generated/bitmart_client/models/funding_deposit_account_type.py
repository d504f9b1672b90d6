from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingDepositAccountType = Literal["CONTRACT", "FUND", "SPOT"]

FUNDING_DEPOSIT_ACCOUNT_TYPE_VALUES: set[FundingDepositAccountType] = {
    "CONTRACT",
    "FUND",
    "SPOT",
}


def check_funding_deposit_account_type(
    value: Any, model: str = "FundingDepositAccountType", key: str | None = None
) -> FundingDepositAccountType:
    if value in FUNDING_DEPOSIT_ACCOUNT_TYPE_VALUES:
        return cast(FundingDepositAccountType, value)
    return cast(FundingDepositAccountType, note(model, key, "enum", value))
