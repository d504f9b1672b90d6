from typing import Literal

FuturesTransferState = Literal["FAILED", "FINISHED", "PROCESSING"]

FUTURES_TRANSFER_STATE_VALUES: set[FuturesTransferState] = {
    "FAILED",
    "FINISHED",
    "PROCESSING",
}


def check_futures_transfer_state(value: str) -> FuturesTransferState:
    if value in FUTURES_TRANSFER_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUTURES_TRANSFER_STATE_VALUES!r}"
    )
