from typing import Literal

AffiliateOrderCategory = Literal[1, 2]

AFFILIATE_ORDER_CATEGORY_VALUES: set[AffiliateOrderCategory] = {
    1,
    2,
}


def check_affiliate_order_category(value: int) -> AffiliateOrderCategory:
    if value in AFFILIATE_ORDER_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AFFILIATE_ORDER_CATEGORY_VALUES!r}"
    )
