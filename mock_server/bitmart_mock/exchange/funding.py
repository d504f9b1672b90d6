"""Funding account: currencies, deposit addresses, deposits, withdrawals and their history."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Exchange


class FundingEngine:
    """State of this area of the mock exchange."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
