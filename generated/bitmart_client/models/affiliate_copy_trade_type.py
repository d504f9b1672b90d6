from typing import Literal

AffiliateCopyTradeType = Literal[1, 2]

AFFILIATE_COPY_TRADE_TYPE_VALUES: set[AffiliateCopyTradeType] = {
    1,
    2,
}


def check_affiliate_copy_trade_type(value: int) -> AffiliateCopyTradeType:
    if value in AFFILIATE_COPY_TRADE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AFFILIATE_COPY_TRADE_TYPE_VALUES!r}"
    )
