from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

AffiliateCopyTradeType = Literal[1, 2]

AFFILIATE_COPY_TRADE_TYPE_VALUES: set[AffiliateCopyTradeType] = {
    1,
    2,
}
_LISTED: dict[object, AffiliateCopyTradeType] = {
    value: value for value in AFFILIATE_COPY_TRADE_TYPE_VALUES
}


def check_affiliate_copy_trade_type(
    value: Any, model: str = "AffiliateCopyTradeType", key: str | None = None
) -> AffiliateCopyTradeType:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(AffiliateCopyTradeType, note(model, key, "enum", value))
