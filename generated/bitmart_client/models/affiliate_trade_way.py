from typing import Literal

AffiliateTradeWay = Literal[1, 2, 3, 4]

AFFILIATE_TRADE_WAY_VALUES: set[AffiliateTradeWay] = {
    1,
    2,
    3,
    4,
}


def check_affiliate_trade_way(value: int) -> AffiliateTradeWay:
    if value in AFFILIATE_TRADE_WAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AFFILIATE_TRADE_WAY_VALUES!r}"
    )
