from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateRebateStatus = Literal[0, 1]

AFFILIATE_REBATE_STATUS_VALUES: set[AffiliateRebateStatus] = {
    0,
    1,
}


def check_affiliate_rebate_status(
    value: Any, model: str = "AffiliateRebateStatus", key: str | None = None
) -> AffiliateRebateStatus:
    if value in AFFILIATE_REBATE_STATUS_VALUES:
        return cast(AffiliateRebateStatus, value)
    return cast(AffiliateRebateStatus, note(model, key, "enum", value))
