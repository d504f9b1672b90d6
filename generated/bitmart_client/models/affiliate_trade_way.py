from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateTradeWay = Literal[1, 2, 3, 4]

AFFILIATE_TRADE_WAY_VALUES: set[AffiliateTradeWay] = {
    1,
    2,
    3,
    4,
}
_LISTED: dict[object, AffiliateTradeWay] = {
    value: value for value in AFFILIATE_TRADE_WAY_VALUES
}


def check_affiliate_trade_way(
    value: Any, model: str = "AffiliateTradeWay", key: str | None = None
) -> AffiliateTradeWay:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(AffiliateTradeWay, note(model, key, "enum", value))
