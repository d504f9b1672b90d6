from typing import Literal

FuturesCloseAllContractType = Literal[1, 2]

FUTURES_CLOSE_ALL_CONTRACT_TYPE_VALUES: set[FuturesCloseAllContractType] = {
    1,
    2,
}


def check_futures_close_all_contract_type(value: int) -> FuturesCloseAllContractType:
    if value in FUTURES_CLOSE_ALL_CONTRACT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_CLOSE_ALL_CONTRACT_TYPE_VALUES!r}"
    )
