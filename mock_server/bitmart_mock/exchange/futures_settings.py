"""Futures account settings: leverage and margin type per contract, position mode, fee rates."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from ..errors import MockError
from .accounts import Account
from .futures_contracts import Contract, contract
from .futures_positions import PositionLedger
from .futures_types import PositionMode

MAKER_FEE = Decimal("0.0002")
TAKER_FEE = Decimal("0.0006")
DEFAULT_LEVERAGE = Decimal(10)
DEFAULT_OPEN_TYPE = "cross"


class FuturesSettings:
    """Each account's leverage, margin type and position mode."""

    def __init__(self, positions: PositionLedger, has_open_orders: Callable[[Account], bool]) -> None:
        self._positions = positions
        self._has_open_orders = has_open_orders
        self.leverage: dict[tuple[int, str], tuple[Decimal, str]] = {}
        self.position_modes: dict[int, PositionMode] = {}

    def position_mode(self, account: Account) -> PositionMode:
        """Hedge mode (the default) or one-way mode."""
        return self.position_modes.get(account.uid, PositionMode.HEDGE)

    def set_position_mode(self, account: Account, mode: str) -> None:
        """Switch the position mode (``futures_invalid_request`` while positions or orders are open)."""
        wanted = PositionMode(mode)
        if wanted != self.position_mode(account) and (
            self._positions.open_positions(account) or self._has_open_orders(account)
        ):
            raise MockError(
                "futures_invalid_request",
                "Close every position and cancel every open order before switching the position mode",
            )
        self.position_modes[account.uid] = wanted

    def leverage_of(self, account: Account, symbol: str) -> tuple[Decimal, str]:
        """The account's (leverage, open type) for ``symbol``; 10x cross until changed."""
        return self.leverage.get(
            (account.uid, contract(symbol).symbol), (DEFAULT_LEVERAGE, DEFAULT_OPEN_TYPE)
        )

    def set_leverage(self, account: Account, symbol: str, leverage: Decimal, open_type: str) -> Contract:
        """Set the leverage and margin type of ``symbol``.

        Raises ``futures_leverage_too_large`` / ``futures_leverage_too_small`` out of the
        contract's range, ``futures_leverage_invalid`` while a position with other settings is open.
        """
        found = contract(symbol)
        found.check_leverage(leverage)
        for held in self._positions.held(account, found.symbol):
            if held.leverage != leverage or held.open_type != open_type:
                raise MockError(
                    "futures_leverage_invalid",
                    f"The order leverage is invalid: a {held.open_type} {held.leverage}x position is open "
                    f"on {found.symbol}; close it before changing its leverage or margin type",
                )
        self.leverage[(account.uid, found.symbol)] = (leverage, open_type)
        return found

    def adopt(self, account: Account, symbol: str, leverage: Decimal, open_type: str) -> None:
        """A new position's terms become the symbol's setting, as on BitMart."""
        self.leverage[(account.uid, symbol)] = (leverage, open_type)

    @staticmethod
    def fee_rates(account: Account, symbol: str) -> tuple[Decimal, Decimal]:
        """(maker, taker) fee rates of ``account`` on ``symbol``, as fractions."""
        contract(symbol)
        return MAKER_FEE, TAKER_FEE


__all__ = ["DEFAULT_LEVERAGE", "MAKER_FEE", "TAKER_FEE", "FuturesSettings"]
