from typing import Literal

GetSpotTransferHistoryMoveType = Literal["spot to spot"]

GET_SPOT_TRANSFER_HISTORY_MOVE_TYPE_VALUES: set[GetSpotTransferHistoryMoveType] = {
    "spot to spot",
}


def check_get_spot_transfer_history_move_type(
    value: str,
) -> GetSpotTransferHistoryMoveType:
    if value in GET_SPOT_TRANSFER_HISTORY_MOVE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SPOT_TRANSFER_HISTORY_MOVE_TYPE_VALUES!r}"
    )
