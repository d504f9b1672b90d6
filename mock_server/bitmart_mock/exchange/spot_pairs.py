"""The spot trading pairs the mock lists, and the order limits of each."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..errors import MockError
from ._common import decimal_places, is_multiple


@dataclass(frozen=True)
class SpotPair:
    """A trading pair and its order limits."""

    symbol: str
    base: str
    quote: str
    symbol_id: int
    price_places: int
    size_step: Decimal
    min_size: Decimal
    max_size: Decimal
    min_notional: Decimal
    mid: Decimal
    """The price the seeded market moves around."""

    @property
    def tick(self) -> Decimal:
        """The smallest price step."""
        return Decimal(1).scaleb(-self.price_places)

    def check_price(self, price: Decimal) -> None:
        """Refuse non-positive prices (``spot_price_below_minimum``) and extra decimals (``spot_invalid``)."""
        if price <= 0:
            raise MockError("spot_price_below_minimum", args=(str(self.tick),))
        if decimal_places(price) > self.price_places:
            raise MockError(
                "spot_invalid", f"Invalid price: at most {self.price_places} decimal places on {self.symbol}"
            )

    def check_size(self, size: Decimal) -> None:
        """Refuse sizes under the minimum, over the maximum or off the step.

        Raises ``spot_size_below_minimum``, ``spot_size_above_maximum`` or ``spot_invalid``.
        """
        if size < self.min_size:
            raise MockError("spot_size_below_minimum", args=(str(self.min_size),))
        if size > self.max_size:
            raise MockError("spot_size_above_maximum", args=(str(self.max_size),))
        if not is_multiple(size, self.size_step):
            raise MockError(
                "spot_invalid", f"Invalid size: must be a multiple of {self.size_step} on {self.symbol}"
            )


def _pair(
    symbol: str, symbol_id: int, places: int, step: str, maximum: str, notional: str, mid: str
) -> SpotPair:
    base, quote = symbol.split("_")
    step_size = Decimal(step)
    return SpotPair(
        symbol, base, quote, symbol_id, places, step_size, step_size, Decimal(maximum), Decimal(notional),
        Decimal(mid),
    )  # fmt: skip


PAIRS: tuple[SpotPair, ...] = (
    _pair("BTC_USDT", 53, 2, "0.00001", "100", "5", "67000"),
    _pair("ETH_USDT", 54, 2, "0.0001", "5000", "5", "3500"),
    _pair("BMX_USDT", 60, 5, "1", "10000000", "1", "0.35"),
    _pair("ETH_BTC", 71, 6, "0.001", "10000", "0.0001", "0.052"),
)
"""Symbol, id, price decimals, size step (also the minimum size), maximum size, minimum notional
and mid price of each pair."""


class SpotPairs:
    """The listed pairs by symbol."""

    def __init__(self, pairs: tuple[SpotPair, ...] = PAIRS) -> None:
        self.by_symbol = {pair.symbol: pair for pair in pairs}

    def __iter__(self) -> Iterator[SpotPair]:
        return iter(self.by_symbol.values())

    def get(self, symbol: object, *, unknown: str = "spot_symbol_not_found") -> SpotPair:
        """The pair called ``symbol`` (any case), or the error ``unknown``."""
        pair = self.by_symbol.get(symbol.upper()) if isinstance(symbol, str) else None
        if pair is None:
            raise MockError(unknown)
        return pair

    def currencies(self) -> list[str]:
        """Every currency of a listed pair, sorted."""
        return sorted({code for pair in self.by_symbol.values() for code in (pair.base, pair.quote)})


__all__ = ["PAIRS", "SpotPair", "SpotPairs"]
