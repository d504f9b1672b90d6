from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesContractStatus = Literal["Delisted", "Trading"]

FUTURES_CONTRACT_STATUS_VALUES: set[FuturesContractStatus] = {
    "Delisted",
    "Trading",
}
_LISTED: dict[object, FuturesContractStatus] = {
    value: value for value in FUTURES_CONTRACT_STATUS_VALUES
}


def check_futures_contract_status(
    value: Any, model: str = "FuturesContractStatus", key: str | None = None
) -> FuturesContractStatus:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesContractStatus, note(model, key, "enum", value))
