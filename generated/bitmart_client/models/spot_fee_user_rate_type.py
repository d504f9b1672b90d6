from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotFeeUserRateType = Literal[0, 1, 2]

SPOT_FEE_USER_RATE_TYPE_VALUES: set[SpotFeeUserRateType] = {
    0,
    1,
    2,
}
_LISTED: dict[object, SpotFeeUserRateType] = {
    value: value for value in SPOT_FEE_USER_RATE_TYPE_VALUES
}


def check_spot_fee_user_rate_type(
    value: Any, model: str = "SpotFeeUserRateType", key: str | None = None
) -> SpotFeeUserRateType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotFeeUserRateType, note(model, key, "enum", value))
