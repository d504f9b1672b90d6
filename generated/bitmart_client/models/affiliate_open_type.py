from typing import Literal

AffiliateOpenType = Literal[1, 2]

AFFILIATE_OPEN_TYPE_VALUES: set[AffiliateOpenType] = {
    1,
    2,
}


def check_affiliate_open_type(value: int) -> AffiliateOpenType:
    if value in AFFILIATE_OPEN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AFFILIATE_OPEN_TYPE_VALUES!r}"
    )
