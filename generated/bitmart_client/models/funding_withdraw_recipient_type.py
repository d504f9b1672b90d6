from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingWithdrawRecipientType = Literal[1, 2, 3]

FUNDING_WITHDRAW_RECIPIENT_TYPE_VALUES: set[FundingWithdrawRecipientType] = {
    1,
    2,
    3,
}
_LISTED: dict[object, FundingWithdrawRecipientType] = {
    value: value for value in FUNDING_WITHDRAW_RECIPIENT_TYPE_VALUES
}


def check_funding_withdraw_recipient_type(
    value: Any, model: str = "FundingWithdrawRecipientType", key: str | None = None
) -> FundingWithdrawRecipientType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FundingWithdrawRecipientType, note(model, key, "enum", value))
