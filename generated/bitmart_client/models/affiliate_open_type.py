from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateOpenType = Literal[1, 2]

AFFILIATE_OPEN_TYPE_VALUES: set[AffiliateOpenType] = {
    1,
    2,
}
_LISTED: dict[object, AffiliateOpenType] = {
    value: value for value in AFFILIATE_OPEN_TYPE_VALUES
}


def check_affiliate_open_type(
    value: Any, model: str = "AffiliateOpenType", key: str | None = None
) -> AffiliateOpenType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(AffiliateOpenType, note(model, key, "enum", value))
