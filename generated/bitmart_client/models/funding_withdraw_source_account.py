from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingWithdrawSourceAccount = Literal["FUND", "SPOT"]

FUNDING_WITHDRAW_SOURCE_ACCOUNT_VALUES: set[FundingWithdrawSourceAccount] = {
    "FUND",
    "SPOT",
}


def check_funding_withdraw_source_account(
    value: Any, model: str = "FundingWithdrawSourceAccount", key: str | None = None
) -> FundingWithdrawSourceAccount:
    if value in FUNDING_WITHDRAW_SOURCE_ACCOUNT_VALUES:
        return cast(FundingWithdrawSourceAccount, value)
    return cast(FundingWithdrawSourceAccount, note(model, key, "enum", value))
