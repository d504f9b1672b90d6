from typing import Literal

FuturesTransferType = Literal["contract_to_spot", "spot_to_contract"]

FUTURES_TRANSFER_TYPE_VALUES: set[FuturesTransferType] = {
    "contract_to_spot",
    "spot_to_contract",
}


def check_futures_transfer_type(value: str) -> FuturesTransferType:
    if value in FUTURES_TRANSFER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TRANSFER_TYPE_VALUES!r}"
    )
