from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateUserType = Literal[0, 1]

AFFILIATE_USER_TYPE_VALUES: set[AffiliateUserType] = {
    0,
    1,
}
_LISTED: dict[object, AffiliateUserType] = {
    value: value for value in AFFILIATE_USER_TYPE_VALUES
}


def check_affiliate_user_type(
    value: Any, model: str = "AffiliateUserType", key: str | None = None
) -> AffiliateUserType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(AffiliateUserType, note(model, key, "enum", value))
