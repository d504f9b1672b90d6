from typing import Any, Literal, cast

from bitmart_runtime.lenient import note

SpotSymbolDetailTradeStatus = Literal["pre-trade", "trading"]

SPOT_SYMBOL_DETAIL_TRADE_STATUS_VALUES: set[SpotSymbolDetailTradeStatus] = {
    "pre-trade",
    "trading",
}
_LISTED: dict[object, SpotSymbolDetailTradeStatus] = {
    value: value for value in SPOT_SYMBOL_DETAIL_TRADE_STATUS_VALUES
}


def check_spot_symbol_detail_trade_status(
    value: Any, model: str = "SpotSymbolDetailTradeStatus", key: str | None = None
) -> SpotSymbolDetailTradeStatus:
    try:
        return _LISTED[value]
    except (KeyError, TypeError):
        return cast(SpotSymbolDetailTradeStatus, note(model, key, "enum", value))
