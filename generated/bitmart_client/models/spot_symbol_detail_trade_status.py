from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotSymbolDetailTradeStatus = Literal["pre-trade", "trading"]

SPOT_SYMBOL_DETAIL_TRADE_STATUS_VALUES: set[SpotSymbolDetailTradeStatus] = {
    "pre-trade",
    "trading",
}


def check_spot_symbol_detail_trade_status(
    value: Any, model: str = "SpotSymbolDetailTradeStatus", key: str | None = None
) -> SpotSymbolDetailTradeStatus:
    if value in SPOT_SYMBOL_DETAIL_TRADE_STATUS_VALUES:
        return cast(SpotSymbolDetailTradeStatus, value)
    return cast(SpotSymbolDetailTradeStatus, note(model, key, "enum", value))
