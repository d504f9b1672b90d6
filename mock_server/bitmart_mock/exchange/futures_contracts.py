"""The perpetual USDT-margined contracts the mock lists, and their trading terms.

Both the futures market data (``futures_market`` engine) and the futures trading engine read
these definitions, so a contract's size, tick and leverage limits are the same in the contract
details, in the order checks and in position margin.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..errors import MockError
from ._common import is_multiple


@dataclass(frozen=True)
class Contract:
    """One perpetual contract.

    Volumes are whole contracts; one contract is ``contract_size`` of the base currency, so a
    position of ``vol`` contracts at ``price`` is worth ``vol * contract_size * price`` USDT.
    """

    symbol: str
    base: str
    quote: str
    contract_size: Decimal
    price_precision: Decimal
    """Tick size of prices."""
    vol_precision: Decimal
    """Step of volumes (1: whole contracts)."""
    min_volume: Decimal
    max_volume: Decimal
    market_max_volume: Decimal
    min_leverage: Decimal
    max_leverage: Decimal
    index_price: Decimal
    """Index price the mock's deterministic prices move around."""
    funding_rate: Decimal
    """Current funding rate per interval."""
    funding_interval_hours: int
    maintenance_margin_rate: Decimal

    def check_price(self, price: Decimal, *, code: str = "futures_precision_invalid") -> None:
        """Refuse non-positive prices and prices off the tick."""
        if price <= 0 or not is_multiple(price, self.price_precision):
            raise MockError(
                code, f"Invalid price: a positive multiple of {self.price_precision} on {self.symbol}"
            )

    def check_volume(self, volume: Decimal, *, market: bool = False) -> None:
        """Refuse volumes under the minimum, over the maximum or off the step.

        Raises ``futures_range_invalid`` (out of range) or ``futures_precision_invalid`` (off the step).
        """
        maximum = self.market_max_volume if market else self.max_volume
        if volume < self.min_volume or volume > maximum:
            raise MockError(
                "futures_range_invalid",
                f"Invalid size: between {self.min_volume} and {maximum} contracts on {self.symbol}",
            )
        if not is_multiple(volume, self.vol_precision):
            raise MockError(
                "futures_precision_invalid",
                f"Invalid size: a multiple of {self.vol_precision} contracts on {self.symbol}",
            )

    def check_leverage(self, leverage: Decimal) -> None:
        """Refuse leverage outside the contract's range.

        Raises ``futures_leverage_too_large`` or ``futures_leverage_too_small``.
        """
        if leverage > self.max_leverage:
            raise MockError(
                "futures_leverage_too_large",
                f"Invalid leverage: at most {self.max_leverage} on {self.symbol}",
            )
        if leverage < self.min_leverage:
            raise MockError(
                "futures_leverage_too_small",
                f"Invalid leverage: at least {self.min_leverage} on {self.symbol}",
            )


CONTRACTS: dict[str, Contract] = {
    contract.symbol: contract
    for contract in (
        Contract(
            "BTCUSDT",
            "BTC",
            "USDT",
            Decimal("0.001"),
            Decimal("0.1"),
            Decimal("1"),
            Decimal("1"),
            Decimal("500000"),
            Decimal("100000"),
            Decimal("1"),
            Decimal("125"),
            Decimal("67000"),
            Decimal("0.0001"),
            8,
            Decimal("0.004"),
        ),
        Contract(
            "ETHUSDT",
            "ETH",
            "USDT",
            Decimal("0.01"),
            Decimal("0.01"),
            Decimal("1"),
            Decimal("1"),
            Decimal("500000"),
            Decimal("100000"),
            Decimal("1"),
            Decimal("100"),
            Decimal("3500"),
            Decimal("0.0001"),
            8,
            Decimal("0.005"),
        ),
        Contract(
            "BMXUSDT",
            "BMX",
            "USDT",
            Decimal("10"),
            Decimal("0.00001"),
            Decimal("1"),
            Decimal("1"),
            Decimal("1000000"),
            Decimal("200000"),
            Decimal("1"),
            Decimal("50"),
            Decimal("0.35"),
            Decimal("-0.0002"),
            4,
            Decimal("0.01"),
        ),
    )
}


def contract(symbol: object) -> Contract:
    """The contract called ``symbol``, or ``futures_symbol_not_found`` "The Symbol is not exist"."""
    found = CONTRACTS.get(symbol.upper()) if isinstance(symbol, str) else None
    if found is None:
        raise MockError("futures_symbol_not_found", f"The Symbol is not exist: {symbol}")
    return found


__all__ = ["CONTRACTS", "Contract", "contract"]
