"""The market maker: an internal account whose resting orders keep every spot book full.

It keeps twenty levels per side one tick (a basis point, at least the pair's tick) apart around
the last price, so there is always something to trade against. Its orders reserve its own funds
and its fills settle like anyone's, so the money it trades is counted like every other account's.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from .accounts import Account
from .spot_book import Book, SpotOrder
from .spot_market import SpotMarketData
from .spot_pairs import SpotPair

_LEVELS = 20
MAKER_FUNDS = Decimal(10) ** 12
"""What the market maker starts with of every currency: more than its books ever hold."""


@dataclass(eq=False)
class MarketMaker:
    """Tops up the books of every pair with the maker account's orders."""

    account: Account
    _books: dict[str, Book]
    _market: SpotMarketData
    _order_id: Callable[[], int]
    _random: random.Random

    def replenish(self, pair: SpotPair, now: int) -> None:
        """Bring both sides of ``pair``'s book back to twenty maker levels around the last price."""
        book = self._books[pair.symbol]
        anchor = self._market.last_price(pair.symbol)
        tick = max(pair.tick, (anchor * Decimal("0.0001")).quantize(pair.tick))
        for side, sign in (("sell", 1), ("buy", -1)):
            resting = book.side(side)
            makers = sum(1 for order in resting if order.account is self.account)
            level = 1
            while makers < _LEVELS:
                price = anchor + sign * tick * level
                level += 1
                if price <= 0 or any(o.price == price for o in resting):
                    continue
                book.insert(self._order(pair, side, price, now))
                makers += 1

    def _order(self, pair: SpotPair, side: str, price: Decimal, now: int) -> SpotOrder:
        size = (pair.min_size * Decimal(self._random.randint(200, 20000))).quantize(pair.size_step)
        order = SpotOrder(
            order_id=self._order_id(),
            client_order_id="",
            account=self.account,
            wallet=self.account.spot,
            pair=pair,
            side=side,
            type="limit",
            order_mode="spot",
            price=price,
            size=size,
            notional=price * size,
            create_time=now,
            update_time=now,
        )
        order.reserve()
        return order


__all__ = ["MAKER_FUNDS", "MarketMaker"]
