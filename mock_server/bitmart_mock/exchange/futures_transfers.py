"""Transfers between the spot, fund and futures wallets, and the futures collateral records."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Exchange


class FuturesTransfers:
    """State of this part of the mock exchange."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
