from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingDepositAccountType = Literal["CONTRACT", "FUND", "SPOT"]

FUNDING_DEPOSIT_ACCOUNT_TYPE_VALUES: set[FundingDepositAccountType] = {
    "CONTRACT",
    "FUND",
    "SPOT",
}
_LISTED: dict[object, FundingDepositAccountType] = {
    value: value for value in FUNDING_DEPOSIT_ACCOUNT_TYPE_VALUES
}


def check_funding_deposit_account_type(
    value: Any, model: str = "FundingDepositAccountType", key: str | None = None
) -> FundingDepositAccountType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FundingDepositAccountType, note(model, key, "enum", value))
