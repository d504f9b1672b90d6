from typing import Literal

FundingTransferType = Literal["fund_to_spot", "spot_to_fund"]

FUNDING_TRANSFER_TYPE_VALUES: set[FundingTransferType] = {
    "fund_to_spot",
    "spot_to_fund",
}


def check_funding_transfer_type(value: str) -> FundingTransferType:
    if value in FUNDING_TRANSFER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNDING_TRANSFER_TYPE_VALUES!r}"
    )
