from typing import Literal

SubAccountSpotMoveType = Literal["spot to spot"]

SUB_ACCOUNT_SPOT_MOVE_TYPE_VALUES: set[SubAccountSpotMoveType] = {
    "spot to spot",
}


def check_sub_account_spot_move_type(value: str) -> SubAccountSpotMoveType:
    if value in SUB_ACCOUNT_SPOT_MOVE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUB_ACCOUNT_SPOT_MOVE_TYPE_VALUES!r}"
    )
