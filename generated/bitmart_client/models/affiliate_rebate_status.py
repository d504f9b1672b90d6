from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateRebateStatus = Literal[0, 1]

AFFILIATE_REBATE_STATUS_VALUES: set[AffiliateRebateStatus] = {
    0,
    1,
}
_LISTED: dict[object, AffiliateRebateStatus] = {
    value: value for value in AFFILIATE_REBATE_STATUS_VALUES
}


def check_affiliate_rebate_status(
    value: Any, model: str = "AffiliateRebateStatus", key: str | None = None
) -> AffiliateRebateStatus:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(AffiliateRebateStatus, note(model, key, "enum", value))
