from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTransferType = Literal["contract_to_spot", "spot_to_contract"]

FUTURES_TRANSFER_TYPE_VALUES: set[FuturesTransferType] = {
    "contract_to_spot",
    "spot_to_contract",
}
_LISTED: dict[object, FuturesTransferType] = {
    value: value for value in FUTURES_TRANSFER_TYPE_VALUES
}


def check_futures_transfer_type(
    value: Any, model: str = "FuturesTransferType", key: str | None = None
) -> FuturesTransferType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesTransferType, note(model, key, "enum", value))
