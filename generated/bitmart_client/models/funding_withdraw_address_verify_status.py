from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingWithdrawAddressVerifyStatus = Literal[0, 1]

FUNDING_WITHDRAW_ADDRESS_VERIFY_STATUS_VALUES: set[
    FundingWithdrawAddressVerifyStatus
] = {
    0,
    1,
}
_LISTED: dict[object, FundingWithdrawAddressVerifyStatus] = {
    value: value for value in FUNDING_WITHDRAW_ADDRESS_VERIFY_STATUS_VALUES
}


def check_funding_withdraw_address_verify_status(
    value: Any,
    model: str = "FundingWithdrawAddressVerifyStatus",
    key: str | None = None,
) -> FundingWithdrawAddressVerifyStatus:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FundingWithdrawAddressVerifyStatus, note(model, key, "enum", value))
