from typing import Literal

SpotFeeUserRateType = Literal[0, 1, 2]

SPOT_FEE_USER_RATE_TYPE_VALUES: set[SpotFeeUserRateType] = {
    0,
    1,
    2,
}


def check_spot_fee_user_rate_type(value: int) -> SpotFeeUserRateType:
    if value in SPOT_FEE_USER_RATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_FEE_USER_RATE_TYPE_VALUES!r}"
    )
