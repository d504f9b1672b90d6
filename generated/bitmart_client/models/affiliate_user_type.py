from typing import Literal

AffiliateUserType = Literal[0, 1]

AFFILIATE_USER_TYPE_VALUES: set[AffiliateUserType] = {
    0,
    1,
}


def check_affiliate_user_type(value: int) -> AffiliateUserType:
    if value in AFFILIATE_USER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AFFILIATE_USER_TYPE_VALUES!r}"
    )
