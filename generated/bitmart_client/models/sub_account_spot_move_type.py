from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SubAccountSpotMoveType = Literal["spot to spot"]

SUB_ACCOUNT_SPOT_MOVE_TYPE_VALUES: set[SubAccountSpotMoveType] = {
    "spot to spot",
}
_LISTED: dict[object, SubAccountSpotMoveType] = {
    value: value for value in SUB_ACCOUNT_SPOT_MOVE_TYPE_VALUES
}


def check_sub_account_spot_move_type(
    value: Any, model: str = "SubAccountSpotMoveType", key: str | None = None
) -> SubAccountSpotMoveType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SubAccountSpotMoveType, note(model, key, "enum", value))
