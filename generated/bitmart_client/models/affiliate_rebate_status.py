from typing import Literal

AffiliateRebateStatus = Literal[0, 1]

AFFILIATE_REBATE_STATUS_VALUES: set[AffiliateRebateStatus] = {
    0,
    1,
}


def check_affiliate_rebate_status(value: int) -> AffiliateRebateStatus:
    if value in AFFILIATE_REBATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AFFILIATE_REBATE_STATUS_VALUES!r}"
    )
