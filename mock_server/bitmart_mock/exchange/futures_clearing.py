"""Futures clearing: what a fill does to positions and money, and the margin resting orders hold.

A fill of ``volume`` is split into legs by the order's position mode: in hedge mode a side opens
or closes one position; in one-way mode a buy (sell) first closes the short (long) and opens a
long (short) with the rest, unless it is reduce-only. Opening takes ``notional / leverage`` as
position margin, closing gives back the margin of the closed part with the realised result, and
every fill pays its fee (maker or taker rate) to the house, recorded as a fund flow. Margin,
fees and results are cut to what a wallet holds (``accounts.holdable``) before they move.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..errors import MockError
from .accounts import ZERO, House, holdable, move
from .futures_flows import FundFlows
from .futures_positions import PositionLedger
from .futures_settings import MAKER_FEE, TAKER_FEE, FuturesSettings
from .futures_types import SETTLEMENT, FlowType, FuturesOrder, Position, PositionMode, PositionType, Side

_HEDGE_LEGS = {
    Side.OPEN_LONG: ("open", PositionType.LONG),
    Side.CLOSE_SHORT: ("close", PositionType.SHORT),
    Side.CLOSE_LONG: ("close", PositionType.LONG),
    Side.OPEN_SHORT: ("open", PositionType.SHORT),
}


@dataclass
class Leg:
    """One step of a fill: opening or closing ``volume`` of one position."""

    action: str
    position_type: PositionType
    volume: int


@dataclass(eq=False)
class FuturesClearing:
    """Moves the money of futures fills and of the margin that resting orders reserve."""

    _positions: PositionLedger
    _settings: FuturesSettings
    _flows: FundFlows
    _house: House

    def legs(self, order: FuturesOrder, volume: int) -> list[Leg]:
        """The opening and closing steps of a fill of ``volume``, per the order's position mode."""
        if order.position_mode == PositionMode.HEDGE:
            action, kind = _HEDGE_LEGS[order.side]
            return [Leg(action, kind, volume)]
        opposite = PositionType.SHORT if order.is_buy else PositionType.LONG
        held = self._positions.position(order.account, order.symbol, opposite)
        closing = min(volume, held.volume if held else 0)
        legs = [Leg("close", opposite, closing)] if closing else []
        if not order.reduce_only and volume > closing:
            legs.append(
                Leg("open", PositionType.LONG if order.is_buy else PositionType.SHORT, volume - closing)
            )
        return legs

    @staticmethod
    def margin(order: FuturesOrder, price: Decimal, volume: int) -> Decimal:
        """The margin ``volume`` contracts of ``order`` need at ``price`` (cut to what a wallet holds)."""
        return holdable(price * volume * order.contract.contract_size / order.leverage, SETTLEMENT)

    def freeze(self, order: FuturesOrder) -> None:
        """Hold the margin of the opening part of a resting order (``futures_balance_not_enough``)."""
        opening = sum(leg.volume for leg in self.legs(order, order.remaining) if leg.action == "open")
        margin = self.margin(order, order.price, opening)
        if margin:
            order.account.futures.freeze(SETTLEMENT, margin)
        order.frozen = margin

    @staticmethod
    def release(order: FuturesOrder) -> None:
        """Give a resting order's held margin back."""
        order.account.futures.unfreeze(SETTLEMENT, order.frozen)
        order.frozen = ZERO

    def settle(
        self, order: FuturesOrder, price: Decimal, volume: int, now: int, *, maker: bool
    ) -> tuple[Decimal, Decimal]:
        """Trade ``volume`` of ``order`` at ``price``; returns (fee, realised result).

        Raises ``futures_balance_not_enough``, moving nothing, when the wallet cannot pay the
        opening margin and the fee net of what the closing legs give back.
        """
        account, found = order.account, order.contract
        fee = holdable(price * volume * found.contract_size * (MAKER_FEE if maker else TAKER_FEE), SETTLEMENT)
        legs = self.legs(order, volume)
        needed = fee
        for leg in legs:
            if leg.action == "open":
                needed += self.margin(order, price, leg.volume)
            else:
                held = self._positions.current(account, found.symbol, leg.position_type)
                assert held is not None
                ledger = self._positions
                needed -= ledger.released(held, leg.volume) + ledger.realized(held, price, leg.volume)
        available = account.futures.balance(SETTLEMENT).available
        if needed > available:
            raise MockError(
                "futures_balance_not_enough",
                f"You contract account available balance not enough: {available} USDT, {needed} needed",
            )
        realized = ZERO
        for leg in legs:
            position = self._position_for(order, leg.position_type, now)
            position.fees += fee * leg.volume / volume
            if leg.action == "open":
                self._positions.open(position, price, leg.volume, self.margin(order, price, leg.volume), now)
            else:
                realized += self._positions.close(position, price, leg.volume, now)
        move(account.futures, self._house.fees, SETTLEMENT, fee)
        self._flows.record(account, FlowType.FEE, -fee, now, symbol=found.symbol)
        return fee, realized

    def _position_for(self, order: FuturesOrder, position_type: PositionType, now: int) -> Position:
        position = self._positions.current(order.account, order.symbol, position_type)
        if position is None or position.volume == 0:
            position = self._positions.start(
                Position(order.account, order.contract, position_type, order.leverage, order.open_type, now)
            )
            self._settings.adopt(order.account, order.symbol, order.leverage, order.open_type)
        return position


__all__ = ["FuturesClearing", "Leg"]
