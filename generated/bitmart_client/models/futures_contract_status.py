from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesContractStatus = Literal["Delisted", "Trading"]

FUTURES_CONTRACT_STATUS_VALUES: set[FuturesContractStatus] = {
    "Delisted",
    "Trading",
}


def check_futures_contract_status(
    value: Any, model: str = "FuturesContractStatus", key: str | None = None
) -> FuturesContractStatus:
    if value in FUTURES_CONTRACT_STATUS_VALUES:
        return cast(FuturesContractStatus, value)
    return cast(FuturesContractStatus, note(model, key, "enum", value))
