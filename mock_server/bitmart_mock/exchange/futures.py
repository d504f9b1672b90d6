"""Futures V2: contracts, order books, orders, plan/TP-SL/trail orders, positions, transfers."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Exchange


class FuturesEngine:
    """State of this area of the mock exchange."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
