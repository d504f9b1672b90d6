"""Past futures prices: a seeded walk per contract that ends at today's index price.

The walk is drawn backwards from the end of trading, one step a day (a few percent), kept within
a band around the index price; between two days the price moves in a straight line. From the end
of trading on, a contract is at its index price again, as the live mock has always priced it.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from ..futures_contracts import CONTRACTS, Contract
from ..futures_market import FuturesMarket, PricePath
from ._timeline import DAY_MS, Dice

_DAILY_MOVE = 0.025
"""About how much a price moves in a day (one standard deviation)."""
_BAND = (0.5, 1.7)
"""How far from the index price the walk may go (as a share of it)."""


class DailyWalk:
    """Prices of one contract at the days before ``until``; ``None`` from ``until`` on."""

    def __init__(self, found: Contract, until: int, days: int, dice: Dice) -> None:
        self._until = until
        index = found.index_price
        low, high = index * Decimal(repr(_BAND[0])), index * Decimal(repr(_BAND[1]))
        prices = [index]
        for _ in range(days):
            # Three uniform draws make a bell-shaped step without any floating-point library call.
            step = (dice.random() + dice.random() + dice.random() - 1.5) * 2 * _DAILY_MOVE
            moved = prices[-1] * Decimal(repr(1 + step))
            prices.append(min(high, max(low, moved)).quantize(found.price_precision, rounding=ROUND_DOWN))
        self.prices = prices
        """``prices[k]``: the price ``k`` days before ``until``."""

    def __call__(self, now: int) -> Decimal | None:
        if now >= self._until:
            return None
        days, into = divmod(self._until - now, DAY_MS)
        if days + 1 >= len(self.prices):
            return self.prices[-1]
        later, earlier = self.prices[days], self.prices[days + 1]
        return later + (earlier - later) * Decimal(into) / Decimal(DAY_MS)


def walk_prices(market: FuturesMarket, seed: int, until: int, days: int) -> dict[str, PricePath]:
    """Give every contract a walk of ``days`` days ending at ``until``; returns the walks by symbol."""
    walks: dict[str, PricePath] = {}
    for symbol, found in sorted(CONTRACTS.items()):
        walk = DailyWalk(found, until, days, Dice(seed, f"prices:{symbol}"))
        market.set_path(symbol, walk)
        walks[symbol] = walk
    return walks


__all__ = ["DailyWalk", "walk_prices"]
