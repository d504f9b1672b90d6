from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesCloseAllContractType = Literal[1, 2]

FUTURES_CLOSE_ALL_CONTRACT_TYPE_VALUES: set[FuturesCloseAllContractType] = {
    1,
    2,
}
_LISTED: dict[object, FuturesCloseAllContractType] = {
    value: value for value in FUTURES_CLOSE_ALL_CONTRACT_TYPE_VALUES
}


def check_futures_close_all_contract_type(
    value: Any, model: str = "FuturesCloseAllContractType", key: str | None = None
) -> FuturesCloseAllContractType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesCloseAllContractType, note(model, key, "enum", value))
