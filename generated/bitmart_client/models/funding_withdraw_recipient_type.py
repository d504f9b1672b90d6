from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingWithdrawRecipientType = Literal[1, 2, 3]

FUNDING_WITHDRAW_RECIPIENT_TYPE_VALUES: set[FundingWithdrawRecipientType] = {
    1,
    2,
    3,
}


def check_funding_withdraw_recipient_type(
    value: Any, model: str = "FundingWithdrawRecipientType", key: str | None = None
) -> FundingWithdrawRecipientType:
    if value in FUNDING_WITHDRAW_RECIPIENT_TYPE_VALUES:
        return cast(FundingWithdrawRecipientType, value)
    return cast(FundingWithdrawRecipientType, note(model, key, "enum", value))
