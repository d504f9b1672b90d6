"""Transfers between a main account and its sub-accounts, spot and futures."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Exchange


class SubAccountEngine:
    """State of this area of the mock exchange."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
