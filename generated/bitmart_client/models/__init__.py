"""All data models used in requests and responses, imported on first use."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .maintenance_status_number import MaintenanceStatusNumber
    from .maintenance_status_string import MaintenanceStatusString
    from .maintenance_window import MaintenanceWindow
    from .maintenance_window_service_type import MaintenanceWindowServiceType
    from .spot_currencies import SpotCurrencies
    from .spot_currencies_response import SpotCurrenciesResponse
    from .spot_currency import SpotCurrency
    from .spot_kline_step import SpotKlineStep
    from .spot_klines_response import SpotKlinesResponse
    from .spot_order_book import SpotOrderBook
    from .spot_order_book_response import SpotOrderBookResponse
    from .spot_recent_trades_response import SpotRecentTradesResponse
    from .spot_symbol_detail import SpotSymbolDetail
    from .spot_symbol_detail_trade_status import SpotSymbolDetailTradeStatus
    from .spot_symbol_details import SpotSymbolDetails
    from .spot_symbol_details_response import SpotSymbolDetailsResponse
    from .spot_symbols import SpotSymbols
    from .spot_symbols_response import SpotSymbolsResponse
    from .spot_ticker import SpotTicker
    from .spot_ticker_response import SpotTickerResponse
    from .spot_tickers_response import SpotTickersResponse
    from .success_envelope import SuccessEnvelope
    from .system_service import SystemService
    from .system_service_response import SystemServiceResponse
    from .system_time import SystemTime
    from .system_time_response import SystemTimeResponse

_MODULE_OF: dict[str, str] = {
    "MaintenanceStatusNumber": "maintenance_status_number",
    "MaintenanceStatusString": "maintenance_status_string",
    "MaintenanceWindow": "maintenance_window",
    "MaintenanceWindowServiceType": "maintenance_window_service_type",
    "SpotCurrencies": "spot_currencies",
    "SpotCurrenciesResponse": "spot_currencies_response",
    "SpotCurrency": "spot_currency",
    "SpotKlineStep": "spot_kline_step",
    "SpotKlinesResponse": "spot_klines_response",
    "SpotOrderBook": "spot_order_book",
    "SpotOrderBookResponse": "spot_order_book_response",
    "SpotRecentTradesResponse": "spot_recent_trades_response",
    "SpotSymbolDetail": "spot_symbol_detail",
    "SpotSymbolDetailTradeStatus": "spot_symbol_detail_trade_status",
    "SpotSymbolDetails": "spot_symbol_details",
    "SpotSymbolDetailsResponse": "spot_symbol_details_response",
    "SpotSymbols": "spot_symbols",
    "SpotSymbolsResponse": "spot_symbols_response",
    "SpotTicker": "spot_ticker",
    "SpotTickerResponse": "spot_ticker_response",
    "SpotTickersResponse": "spot_tickers_response",
    "SuccessEnvelope": "success_envelope",
    "SystemService": "system_service",
    "SystemServiceResponse": "system_service_response",
    "SystemTime": "system_time",
    "SystemTimeResponse": "system_time_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "MaintenanceStatusNumber",
    "MaintenanceStatusString",
    "MaintenanceWindow",
    "MaintenanceWindowServiceType",
    "SpotCurrencies",
    "SpotCurrenciesResponse",
    "SpotCurrency",
    "SpotKlineStep",
    "SpotKlinesResponse",
    "SpotOrderBook",
    "SpotOrderBookResponse",
    "SpotRecentTradesResponse",
    "SpotSymbolDetail",
    "SpotSymbolDetailTradeStatus",
    "SpotSymbolDetails",
    "SpotSymbolDetailsResponse",
    "SpotSymbols",
    "SpotSymbolsResponse",
    "SpotTicker",
    "SpotTickerResponse",
    "SpotTickersResponse",
    "SuccessEnvelope",
    "SystemService",
    "SystemServiceResponse",
    "SystemTime",
    "SystemTimeResponse",
)
