from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingWithdrawSourceAccount = Literal["FUND", "SPOT"]

FUNDING_WITHDRAW_SOURCE_ACCOUNT_VALUES: set[FundingWithdrawSourceAccount] = {
    "FUND",
    "SPOT",
}
_LISTED: dict[object, FundingWithdrawSourceAccount] = {
    value: value for value in FUNDING_WITHDRAW_SOURCE_ACCOUNT_VALUES
}


def check_funding_withdraw_source_account(
    value: Any, model: str = "FundingWithdrawSourceAccount", key: str | None = None
) -> FundingWithdrawSourceAccount:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FundingWithdrawSourceAccount, note(model, key, "enum", value))
