from typing import Literal

SpotSymbolDetailTradeStatus = Literal["pre-trade", "trading"]

SPOT_SYMBOL_DETAIL_TRADE_STATUS_VALUES: set[SpotSymbolDetailTradeStatus] = {
    "pre-trade",
    "trading",
}


def check_spot_symbol_detail_trade_status(value: str) -> SpotSymbolDetailTradeStatus:
    if value in SPOT_SYMBOL_DETAIL_TRADE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPOT_SYMBOL_DETAIL_TRADE_STATUS_VALUES!r}"
    )
