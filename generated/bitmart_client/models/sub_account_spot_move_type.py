from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SubAccountSpotMoveType = Literal["spot to spot"]

SUB_ACCOUNT_SPOT_MOVE_TYPE_VALUES: set[SubAccountSpotMoveType] = {
    "spot to spot",
}


def check_sub_account_spot_move_type(
    value: Any, model: str = "SubAccountSpotMoveType", key: str | None = None
) -> SubAccountSpotMoveType:
    if value in SUB_ACCOUNT_SPOT_MOVE_TYPE_VALUES:
        return cast(SubAccountSpotMoveType, value)
    return cast(SubAccountSpotMoveType, note(model, key, "enum", value))
