from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateOrderCategory = Literal[1, 2]

AFFILIATE_ORDER_CATEGORY_VALUES: set[AffiliateOrderCategory] = {
    1,
    2,
}
_LISTED: dict[object, AffiliateOrderCategory] = {
    value: value for value in AFFILIATE_ORDER_CATEGORY_VALUES
}


def check_affiliate_order_category(
    value: Any, model: str = "AffiliateOrderCategory", key: str | None = None
) -> AffiliateOrderCategory:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(AffiliateOrderCategory, note(model, key, "enum", value))
