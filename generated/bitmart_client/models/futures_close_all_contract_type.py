from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesCloseAllContractType = Literal[1, 2]

FUTURES_CLOSE_ALL_CONTRACT_TYPE_VALUES: set[FuturesCloseAllContractType] = {
    1,
    2,
}


def check_futures_close_all_contract_type(
    value: Any, model: str = "FuturesCloseAllContractType", key: str | None = None
) -> FuturesCloseAllContractType:
    if value in FUTURES_CLOSE_ALL_CONTRACT_TYPE_VALUES:
        return cast(FuturesCloseAllContractType, value)
    return cast(FuturesCloseAllContractType, note(model, key, "enum", value))
