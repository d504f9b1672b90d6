from typing import Literal

FuturesTransferFundType = Literal["contract_to_fund", "fund_to_contract"]

FUTURES_TRANSFER_FUND_TYPE_VALUES: set[FuturesTransferFundType] = {
    "contract_to_fund",
    "fund_to_contract",
}


def check_futures_transfer_fund_type(value: str) -> FuturesTransferFundType:
    if value in FUTURES_TRANSFER_FUND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TRANSFER_FUND_TYPE_VALUES!r}"
    )
