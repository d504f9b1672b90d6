from typing import Literal

FuturesContractStatus = Literal["Delisted", "Trading"]

FUTURES_CONTRACT_STATUS_VALUES: set[FuturesContractStatus] = {
    "Delisted",
    "Trading",
}


def check_futures_contract_status(value: str) -> FuturesContractStatus:
    if value in FUTURES_CONTRACT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_CONTRACT_STATUS_VALUES!r}"
    )
