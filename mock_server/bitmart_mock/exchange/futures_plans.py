"""Futures plan (trigger), take-profit/stop-loss and trailing orders."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Exchange


class FuturesPlans:
    """State of this part of the mock exchange."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
