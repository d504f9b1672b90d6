from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesContractProductType = Literal[1, 2]

FUTURES_CONTRACT_PRODUCT_TYPE_VALUES: set[FuturesContractProductType] = {
    1,
    2,
}
_LISTED: dict[object, FuturesContractProductType] = {
    value: value for value in FUTURES_CONTRACT_PRODUCT_TYPE_VALUES
}


def check_futures_contract_product_type(
    value: Any, model: str = "FuturesContractProductType", key: str | None = None
) -> FuturesContractProductType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesContractProductType, note(model, key, "enum", value))
