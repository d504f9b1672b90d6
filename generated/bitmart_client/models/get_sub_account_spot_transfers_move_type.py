from typing import Literal

GetSubAccountSpotTransfersMoveType = Literal["spot to spot"]

GET_SUB_ACCOUNT_SPOT_TRANSFERS_MOVE_TYPE_VALUES: set[
    GetSubAccountSpotTransfersMoveType
] = {
    "spot to spot",
}


def check_get_sub_account_spot_transfers_move_type(
    value: str,
) -> GetSubAccountSpotTransfersMoveType:
    if value in GET_SUB_ACCOUNT_SPOT_TRANSFERS_MOVE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SUB_ACCOUNT_SPOT_TRANSFERS_MOVE_TYPE_VALUES!r}"
    )
