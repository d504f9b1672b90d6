from typing import Literal

FuturesContractProductType = Literal[1, 2]

FUTURES_CONTRACT_PRODUCT_TYPE_VALUES: set[FuturesContractProductType] = {
    1,
    2,
}


def check_futures_contract_product_type(value: int) -> FuturesContractProductType:
    if value in FUTURES_CONTRACT_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_CONTRACT_PRODUCT_TYPE_VALUES!r}"
    )
