"""The futures position ledger: what each account holds, and the money that opening and closing move.

Opening moves ``notional / leverage`` of margin from the futures wallet into the account's
``positions`` wallet; closing moves the closed part's margin back, and the realised profit or loss
between the wallet and the house's counterparty. Each realised result is a fund flow.
Simplifications: no liquidation, no funding payments; cross and isolated margin are both
``notional / leverage`` per position.
"""

from __future__ import annotations

from decimal import Decimal

from .accounts import MONEY, ZERO, Account, House, holdable, move
from .futures_contracts import contract
from .futures_flows import FundFlows
from .futures_market import FuturesMarket
from .futures_types import SETTLEMENT, FlowType, Position, PositionType


class PositionLedger:
    """Every account's futures positions."""

    def __init__(self, market: FuturesMarket, house: House, flows: FundFlows) -> None:
        self._market = market
        self._house = house
        self._flows = flows
        self.positions: dict[tuple[int, str, PositionType], Position] = {}

    # ---- what is held ----------------------------------------------------------------------------
    def position(self, account: Account, symbol: str, position_type: PositionType) -> Position | None:
        """The open position of ``account`` on ``symbol`` of ``position_type``, if any."""
        held = self.positions.get((account.uid, contract(symbol).symbol, position_type))
        return held if held is not None and held.volume > 0 else None

    def held(self, account: Account, symbol: str) -> list[Position]:
        """The account's open long and short of ``symbol``."""
        found = (self.position(account, symbol, kind) for kind in PositionType)
        return [p for p in found if p is not None]

    def open_positions(self, account: Account) -> list[Position]:
        """Positions with a volume, by symbol then long before short."""
        found = [p for p in self.positions.values() if p.account is account and p.volume > 0]
        return sorted(found, key=lambda p: (p.symbol, p.position_type))

    def all_open(self) -> list[Position]:
        """Every open position of every account."""
        return [p for p in self.positions.values() if p.volume > 0]

    def current(self, account: Account, symbol: str, position_type: PositionType) -> Position | None:
        """The position record of that side, open or not (``None`` if never opened)."""
        return self.positions.get((account.uid, symbol, position_type))

    def start(self, position: Position) -> Position:
        """Make ``position`` (volume 0) the account's current one of its contract and side."""
        self.positions[(position.account.uid, position.symbol, position.position_type)] = position
        return position

    # ---- opening and closing ---------------------------------------------------------------------
    def open(self, position: Position, price: Decimal, volume: int, margin: Decimal, now: int) -> None:
        """Add ``volume`` at ``price``: ``margin`` moves from the futures wallet into the position."""
        account = position.account
        move(account.futures, account.positions, SETTLEMENT, margin)
        position.entry_price = (position.entry_price * position.volume + price * volume) / (
            position.volume + volume
        )
        position.volume += volume
        position.margin = MONEY.add(position.margin, margin)
        position.update_time = now

    @staticmethod
    def released(position: Position, volume: int) -> Decimal:
        """The margin closing ``volume`` gives back: its share, cut; all that is left on a full close."""
        if volume == position.volume:
            return position.margin
        return holdable(position.margin * volume / position.volume, SETTLEMENT)

    @staticmethod
    def realized(position: Position, price: Decimal, volume: int) -> Decimal:
        """The profit or loss closing ``volume`` at ``price`` moves, cut toward zero.

        The entry price is an average, so the exact result may have any number of decimals.
        """
        return holdable(position.pnl(price, volume), SETTLEMENT)

    def close(self, position: Position, price: Decimal, volume: int, now: int) -> Decimal:
        """Close ``volume`` at ``price``: its margin comes back with the profit or loss; returns that."""
        account = position.account
        realized = self.realized(position, price, volume)
        released = self.released(position, volume)
        move(account.positions, account.futures, SETTLEMENT, released)
        if realized >= 0:
            move(self._house.counterparty, account.futures, SETTLEMENT, realized)
        else:
            move(account.futures, self._house.counterparty, SETTLEMENT, -realized)
        self._flows.record(account, FlowType.REALIZED_PNL, realized, now, symbol=position.symbol)
        position.margin = MONEY.subtract(position.margin, released)
        position.volume -= volume
        position.realized += realized
        position.closed_value += price * volume
        position.closed_volume += volume
        position.update_time = now
        return realized

    # ---- valuation -------------------------------------------------------------------------------
    def unrealized(self, position: Position, now: int) -> Decimal:
        """Profit or loss of the position at the mark price."""
        return position.pnl(self._market.mark_price(position.symbol, now), position.volume)

    def liquidation_price(self, position: Position, now: int) -> Decimal:
        """Estimated mark price at which the position's loss leaves only its maintenance margin.

        Isolated positions are backed by their margin alone, cross ones also by the available
        balance (shared between the cross positions, which this estimate ignores).
        """
        if position.volume == 0:
            return ZERO
        quantity = position.volume * position.contract.contract_size
        maintenance = position.value(position.entry_price) * position.contract.maintenance_margin_rate
        backing = position.margin - maintenance
        if position.open_type == "cross":
            backing += position.account.futures.balance(SETTLEMENT).available
        price = position.entry_price - position.direction * backing / quantity
        return max(price, ZERO)


__all__ = ["PositionLedger"]
