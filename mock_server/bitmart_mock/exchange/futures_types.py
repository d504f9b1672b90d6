"""What futures trading is made of: BitMart's codes as enums, orders, fills, positions, fund flows.

The enums carry BitMart's own values (``Side.OPEN_LONG`` is 1 on the wire), so handlers send
them as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Any

from .accounts import ZERO, Account
from .futures_contracts import Contract

SETTLEMENT = "USDT"
"""The currency futures are margined and settled in."""


class Side(IntEnum):
    """An order's side, as BitMart numbers it.

    Hedge mode: 1 opens (adds to) a long, 2 closes a short, 3 closes a long, 4 opens a short.
    One-way mode: 1 buys and 4 sells; 2 and 3 are reduce-only buys and sells.
    """

    OPEN_LONG = 1
    CLOSE_SHORT = 2
    CLOSE_LONG = 3
    OPEN_SHORT = 4

    @property
    def buys(self) -> bool:
        """Whether the side buys (1 and 2)."""
        return self in (Side.OPEN_LONG, Side.CLOSE_SHORT)

    @property
    def opens(self) -> bool:
        """Whether the side may open a position (1 and 4; 2 and 3 only ever close)."""
        return self in (Side.OPEN_LONG, Side.OPEN_SHORT)


class PositionType(IntEnum):
    """A position's direction."""

    LONG = 1
    SHORT = 2

    @property
    def direction(self) -> int:
        """+1 for a long, -1 for a short."""
        return 1 if self is PositionType.LONG else -1

    @property
    def closing_side(self) -> Side:
        """The side that closes this position (3 closes a long, 2 a short)."""
        return Side.CLOSE_LONG if self is PositionType.LONG else Side.CLOSE_SHORT


class OrderState(IntEnum):
    """A futures order's state: 2 working (resting), 4 final (filled or cancelled)."""

    WORKING = 2
    FINISHED = 4


class OrderMode(IntEnum):
    """Time in force."""

    GTC = 1
    FOK = 2
    IOC = 3
    MAKER_ONLY = 4


class PositionMode(StrEnum):
    """An account's position mode."""

    HEDGE = "hedge_mode"
    ONE_WAY = "one_way_mode"


class FlowType(IntEnum):
    """The kinds of futures wallet movements in the transaction history."""

    TRANSFER = 1
    REALIZED_PNL = 2
    FUNDING = 3
    FEE = 4
    LIQUIDATION = 5


FLOW_NAMES = {
    FlowType.TRANSFER: "Transfer",
    FlowType.REALIZED_PNL: "Realized PNL",
    FlowType.FUNDING: "Funding Fee",
    FlowType.FEE: "Commission Fee",
    FlowType.LIQUIDATION: "Liquidation Clearance",
}


@dataclass
class Presets:
    """Take-profit / stop-loss attached to an opening order (price types 1 last, 2 mark)."""

    take_profit: Decimal | None = None
    take_profit_type: int = 1
    stop_loss: Decimal | None = None
    stop_loss_type: int = 1


@dataclass
class FuturesOrder:
    """An order of any state."""

    order_id: int
    client_order_id: str
    account: Account
    contract: Contract
    side: Side
    type: str
    mode: OrderMode
    price: Decimal
    """The limit price; for a market order the best price when it was placed."""
    size: int
    leverage: Decimal
    open_type: str
    position_mode: PositionMode
    create_time: int
    update_time: int
    state: OrderState = OrderState.WORKING
    deal_size: int = 0
    deal_value: Decimal = ZERO
    frozen: Decimal = ZERO
    """Margin held in the wallet's frozen balance while the order rests."""
    presets: Presets = field(default_factory=Presets)
    display_type: str | None = None
    """The ``type`` the queries show when not ``type`` (``planorder`` for an order a plan created)."""
    extras: dict[str, Any] = field(default_factory=dict)
    """More fields for the queries (e.g. ``trigger_price`` of the plan that created the order)."""

    @property
    def deal_avg_price(self) -> Decimal:
        """Average fill price (zero when nothing filled)."""
        return self.deal_value / self.deal_size if self.deal_size else ZERO

    @property
    def working(self) -> bool:
        """Whether the order still rests (not filled or cancelled)."""
        return self.state == OrderState.WORKING

    @property
    def remaining(self) -> int:
        """Contracts still to fill (zero once the order is final)."""
        return self.size - self.deal_size if self.working else 0

    @property
    def is_buy(self) -> bool:
        """Whether the order buys (sides 1 and 2)."""
        return self.side.buys

    @property
    def reduce_only(self) -> bool:
        """Sides 2 and 3 only ever close, in both position modes."""
        return not self.side.opens

    @property
    def closes(self) -> PositionType:
        """The position a reduce-only order closes (2 a short, 3 a long)."""
        return PositionType.SHORT if self.side == Side.CLOSE_SHORT else PositionType.LONG

    @property
    def symbol(self) -> str:
        """The contract's symbol."""
        return self.contract.symbol


@dataclass
class Position:
    """One side (long or short) of one contract of an account, since it was last opened."""

    account: Account
    contract: Contract
    position_type: PositionType
    leverage: Decimal
    open_type: str
    open_time: int
    volume: int = 0
    entry_price: Decimal = ZERO
    margin: Decimal = ZERO
    """Margin held for it in the account's ``positions`` wallet."""
    fees: Decimal = ZERO
    realized: Decimal = ZERO
    """Profit or loss realised by closing fills, before fees."""
    closed_volume: int = 0
    closed_value: Decimal = ZERO
    update_time: int = 0

    @property
    def direction(self) -> int:
        """+1 for a long, -1 for a short."""
        return self.position_type.direction

    @property
    def symbol(self) -> str:
        """The contract's symbol."""
        return self.contract.symbol

    def value(self, price: Decimal) -> Decimal:
        """Notional value of the position at ``price``."""
        return price * self.volume * self.contract.contract_size

    def pnl(self, price: Decimal, volume: int) -> Decimal:
        """Profit or loss of closing ``volume`` contracts at ``price``."""
        return (price - self.entry_price) * volume * self.contract.contract_size * self.direction


@dataclass
class FuturesFill:
    """One fill of one of the account's orders."""

    trade_id: int
    order: FuturesOrder
    price: Decimal
    volume: int
    fee: Decimal
    realized: Decimal
    time: int
    maker: bool = False


FillListener = Callable[[FuturesFill], None]
"""Told of every futures fill, as it happens (``FuturesTrading.fill_listeners``)."""


@dataclass
class Flow:
    """One movement of a futures wallet (transaction history); ``amount`` is signed."""

    tran_id: int
    account: Account
    flow_type: FlowType
    amount: Decimal
    currency: str
    symbol: str
    time: int


__all__ = [
    "FLOW_NAMES",
    "SETTLEMENT",
    "FillListener",
    "Flow",
    "FlowType",
    "FuturesFill",
    "FuturesOrder",
    "OrderMode",
    "OrderState",
    "Position",
    "PositionMode",
    "PositionType",
    "Presets",
    "Side",
]
