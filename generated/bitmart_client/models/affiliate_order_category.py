from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateOrderCategory = Literal[1, 2]

AFFILIATE_ORDER_CATEGORY_VALUES: set[AffiliateOrderCategory] = {
    1,
    2,
}


def check_affiliate_order_category(
    value: Any, model: str = "AffiliateOrderCategory", key: str | None = None
) -> AffiliateOrderCategory:
    if value in AFFILIATE_ORDER_CATEGORY_VALUES:
        return cast(AffiliateOrderCategory, value)
    return cast(AffiliateOrderCategory, note(model, key, "enum", value))
