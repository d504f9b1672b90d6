from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FundingTransferType = Literal["fund_to_spot", "spot_to_fund"]

FUNDING_TRANSFER_TYPE_VALUES: set[FundingTransferType] = {
    "fund_to_spot",
    "spot_to_fund",
}


def check_funding_transfer_type(
    value: Any, model: str = "FundingTransferType", key: str | None = None
) -> FundingTransferType:
    if value in FUNDING_TRANSFER_TYPE_VALUES:
        return cast(FundingTransferType, value)
    return cast(FundingTransferType, note(model, key, "enum", value))
