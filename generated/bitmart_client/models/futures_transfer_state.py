from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

FuturesTransferState = Literal["FAILED", "FINISHED", "PROCESSING"]

FUTURES_TRANSFER_STATE_VALUES: set[FuturesTransferState] = {
    "FAILED",
    "FINISHED",
    "PROCESSING",
}
_LISTED: dict[object, FuturesTransferState] = {
    value: value for value in FUTURES_TRANSFER_STATE_VALUES
}


def check_futures_transfer_state(
    value: Any, model: str = "FuturesTransferState", key: str | None = None
) -> FuturesTransferState:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(FuturesTransferState, note(model, key, "enum", value))
