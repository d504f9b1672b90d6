from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingTransferType = Literal["fund_to_spot", "spot_to_fund"]

FUNDING_TRANSFER_TYPE_VALUES: set[FundingTransferType] = {
    "fund_to_spot",
    "spot_to_fund",
}
_LISTED: dict[object, FundingTransferType] = {
    value: value for value in FUNDING_TRANSFER_TYPE_VALUES
}


def check_funding_transfer_type(
    value: Any, model: str = "FundingTransferType", key: str | None = None
) -> FundingTransferType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FundingTransferType, note(model, key, "enum", value))
