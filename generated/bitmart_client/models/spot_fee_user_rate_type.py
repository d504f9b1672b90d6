from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotFeeUserRateType = Literal[0, 1, 2]

SPOT_FEE_USER_RATE_TYPE_VALUES: set[SpotFeeUserRateType] = {
    0,
    1,
    2,
}


def check_spot_fee_user_rate_type(
    value: Any, model: str = "SpotFeeUserRateType", key: str | None = None
) -> SpotFeeUserRateType:
    if value in SPOT_FEE_USER_RATE_TYPE_VALUES:
        return cast(SpotFeeUserRateType, value)
    return cast(SpotFeeUserRateType, note(model, key, "enum", value))
