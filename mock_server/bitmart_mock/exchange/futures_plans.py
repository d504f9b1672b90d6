"""Futures conditional orders: plan, take-profit / stop-loss and trailing orders.

They wait for the market and then place a real order in the futures engine.

A plan order fires when the watched price (1 last, 2 mark) reaches its trigger from the side its
``price_way`` names (1 rising to it, 2 falling to it). A TP/SL closes (part of) a position: a
take profit fires when the price moves in the position's favour to the trigger, a stop loss
when it moves against it; position TP/SL (``plan_category`` 2) closes whatever is held then. A
trailing stop activates when the price reaches ``activation_price``, then follows the best
price and fires when the market gives back ``callback_rate`` percent of it. Triggers are checked
before every futures request, after the engine has brought resting orders up to date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import IntEnum

from ..errors import MockError
from ._common import IdSource, fmt
from .accounts import Account
from .futures import FuturesTrading
from .futures_contracts import Contract, contract
from .futures_market import FuturesMarket
from .futures_positions import PositionLedger
from .futures_settings import FuturesSettings
from .futures_types import PositionType, Presets, Side


class PlanState(IntEnum):
    """A conditional order's state: waiting for its trigger (BitMart's "pending"), or done."""

    WAITING = 2
    DONE = 4
    """Fired or cancelled."""


WAITING, DONE = PlanState.WAITING, PlanState.DONE


@dataclass
class ConditionalOrder:
    """A plan, take-profit, stop-loss or trailing order."""

    order_id: int
    client_order_id: str
    account: Account
    contract: Contract
    kind: str
    """``plan``, ``take_profit``, ``stop_loss`` or ``trailing``."""
    side: Side
    size: int | None
    """Contracts; ``None`` for a position TP/SL (the whole position when it fires)."""
    execution: str
    """``limit`` or ``market``: the order placed when it fires."""
    trigger_price: Decimal
    executive_price: Decimal | None
    price_way: int
    price_type: int
    leverage: Decimal
    open_type: str
    mode: int
    create_time: int
    update_time: int
    plan_category: int | None = None
    presets: Presets = field(default_factory=Presets)
    callback_rate: Decimal = Decimal(0)
    activated: bool = False
    extreme: Decimal = Decimal(0)
    """Trailing stops: the best price seen since activation."""
    state: PlanState = WAITING
    placed_order_id: int | None = None

    @property
    def waiting(self) -> bool:
        """Whether it still waits for its trigger."""
        return self.state == WAITING


@dataclass(eq=False)
class FuturesPlans:
    """Every account's conditional orders."""

    _trading: FuturesTrading
    _positions: PositionLedger
    _settings: FuturesSettings
    _market: FuturesMarket
    _ids: IdSource
    orders: dict[int, ConditionalOrder] = field(init=False, default_factory=dict)

    # ---- placing -------------------------------------------------------------------------------
    def add(self, order: ConditionalOrder) -> ConditionalOrder:
        """Store a checked conditional order under a fresh id."""
        order.order_id = self._ids("futures-plan") * 17 + 4_000_000_000
        self.orders[order.order_id] = order
        return order

    def new(
        self, account: Account, symbol: str, kind: str, side: int, now: int, **terms: object
    ) -> ConditionalOrder:
        """A conditional order with the account's leverage settings, not stored yet."""
        found = contract(symbol)
        leverage, open_type = self._settings.leverage_of(account, found.symbol)
        values: dict[str, object] = {
            "order_id": 0,
            "client_order_id": "",
            "account": account,
            "contract": found,
            "kind": kind,
            "side": Side(side),
            "size": None,
            "execution": "market",
            "trigger_price": Decimal(0),
            "executive_price": None,
            "price_way": 1,
            "price_type": 1,
            "leverage": leverage,
            "open_type": open_type,
            "mode": 1,
            "create_time": now,
            "update_time": now,
        }
        values.update(terms)
        return ConditionalOrder(**values)  # type: ignore[arg-type]

    def closing_direction(self, account: Account, symbol: str, side: int) -> PositionType:
        """The position a TP/SL of ``side`` closes (2 a short, 3 a long); ``futures_position_not_found``."""
        position_type = PositionType.SHORT if side == Side.CLOSE_SHORT else PositionType.LONG
        if self._positions.position(account, symbol, position_type) is None:
            raise MockError(
                "futures_position_not_found",
                f"The position is not exsit: no {position_type.name.lower()} on {symbol}",
            )
        return position_type

    # ---- lookups -------------------------------------------------------------------------------
    def find(
        self, account: Account, symbol: str, order_id: object = None, client_order_id: object = None
    ) -> ConditionalOrder:
        """A conditional order of ``account`` on ``symbol`` by id or client id.

        ``futures_order_id_not_found`` when neither is given, ``futures_order_not_found`` when none matches.
        """
        if not order_id and not client_order_id:
            raise MockError(
                "futures_order_id_not_found", "The order id is not exist: give order_id or client_order_id"
            )
        found_contract = contract(symbol)
        for order in self.orders.values():
            if order.account is not account or order.contract is not found_contract:
                continue
            if (order_id and str(order.order_id) == str(order_id)) or (
                client_order_id and order.client_order_id == client_order_id
            ):
                return order
        raise MockError("futures_order_not_found", f"The order is not exist: {order_id or client_order_id}")

    def waiting(self, account: Account) -> list[ConditionalOrder]:
        """The account's waiting conditional orders, newest first."""
        found = [o for o in self.orders.values() if o.account is account and o.waiting]
        return sorted(found, key=lambda o: -o.order_id)

    def cancel(self, order: ConditionalOrder, now: int) -> None:
        """Cancel a waiting order (``futures_order_status_invalid`` once it has fired or been cancelled)."""
        if not order.waiting:
            raise MockError(
                "futures_order_status_invalid",
                "The order status is invalid: it has already fired or been cancelled",
            )
        order.state = PlanState.DONE
        order.update_time = now

    # ---- triggering ----------------------------------------------------------------------------
    def watched_price(self, order: ConditionalOrder, now: int) -> Decimal:
        """The price the order watches: 1 last, 2 mark."""
        market = self._market
        symbol = order.contract.symbol
        return market.mark_price(symbol, now) if order.price_type == 2 else market.last_price(symbol, now)

    def check(self, now: int) -> None:
        """Fire every waiting order whose condition the market has met."""
        for order in sorted((o for o in self.orders.values() if o.waiting), key=lambda o: o.order_id):
            price = self.watched_price(order, now)
            if order.kind == "trailing":
                if self._trail(order, price):
                    self._fire(order, now)
            elif (price >= order.trigger_price) if order.price_way == 1 else (price <= order.trigger_price):
                self._fire(order, now)

    def _trail(self, order: ConditionalOrder, price: Decimal) -> bool:
        """Update a trailing stop with ``price``; whether it fires now."""
        sells = not order.side.buys
        if not order.activated:
            reached = price >= order.trigger_price if sells else price <= order.trigger_price
            if not reached:
                return False
            order.activated, order.extreme = True, price
        order.extreme = max(order.extreme, price) if sells else min(order.extreme, price)
        give_back = order.extreme * order.callback_rate / 100
        return price <= order.extreme - give_back if sells else price >= order.extreme + give_back

    def _fire(self, order: ConditionalOrder, now: int) -> None:
        order.state, order.update_time = PlanState.DONE, now
        futures = self._trading
        size = order.size
        if size is None:
            closes = PositionType.SHORT if order.side == Side.CLOSE_SHORT else PositionType.LONG
            size = futures.closable(order.account, order.contract.symbol, closes)
            if size == 0:
                return  # the position is gone: nothing to close
        try:
            placed = futures.place(
                order.account,
                order.contract.symbol,
                order.side,
                order.execution,
                size,
                price=order.executive_price if order.execution == "limit" else None,
                mode=order.mode,
                leverage=order.leverage,
                open_type=order.open_type,
                display_type="trailing" if order.kind == "trailing" else "planorder",
                extras={"trigger_price": fmt(order.trigger_price)},
                now=now,
            )
        except MockError:
            return  # refused when it fired (no position left, no balance): BitMart drops it too
        order.placed_order_id = placed.order_id


__all__ = ["DONE", "WAITING", "ConditionalOrder", "FuturesPlans", "PlanState"]
