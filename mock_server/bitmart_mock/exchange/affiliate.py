"""Futures affiliate rebate data."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Exchange


class AffiliateData:
    """State of this area of the mock exchange."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
