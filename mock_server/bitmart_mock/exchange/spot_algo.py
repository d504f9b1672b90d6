"""Spot algo orders: trigger orders that place a spot order when the market reaches a price.

An algo order waits (state ``new``) until the pair's last traded price reaches its trigger price,
from below for a trigger above the market at placement and from above otherwise; it is then
``triggered`` and places its limit or market order through the spot engine. Triggers are
checked whenever an algo operation runs, so a test can move the market and then query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from ..errors import MockError
from ._common import Clock, IdSource, owned
from .accounts import Account
from .spot import SpotEngine
from .spot_book import OrderTerms
from .spot_market import SpotMarketData


class AlgoState(StrEnum):
    """The states BitMart reports for an algo order."""

    NEW = "new"
    TRIGGERED = "triggered"
    FAILED = "failed"
    CANCELED = "canceled"


@dataclass
class AlgoOrder:
    """One algo order of any state."""

    order_id: int
    client_order_id: str
    account: Account
    symbol: str
    side: str
    algo_type: str
    trigger_price: Decimal
    trigger_type: str
    rises: bool
    """Whether it fires when the price rises to the trigger (else when it falls to it)."""
    price: Decimal | None
    size: Decimal | None
    notional: Decimal | None
    create_time: int
    update_time: int
    state: AlgoState = AlgoState.NEW
    spot_order_id: int | None = None

    @property
    def is_open(self) -> bool:
        """Whether it still waits for its trigger."""
        return self.state == AlgoState.NEW


@dataclass(eq=False)
class SpotAlgoEngine:
    """Every account's algo orders."""

    _spot: SpotEngine
    _market: SpotMarketData
    _ids: IdSource
    _clock: Clock
    orders: dict[int, AlgoOrder] = field(init=False, default_factory=dict)

    def place(
        self,
        account: Account,
        *,
        symbol: str,
        side: str,
        algo_type: str,
        trigger_price: Decimal,
        trigger_type: str,
        price: Decimal | None,
        size: Decimal | None,
        notional: Decimal | None,
        client_order_id: str,
        now: int | None = None,
    ) -> AlgoOrder:
        """Check and store an algo order; its order terms are checked as the spot engine would."""
        pair = self._spot.pair(symbol)
        if client_order_id and any(
            o.account is account and o.client_order_id == client_order_id for o in self.orders.values()
        ):
            raise MockError("spot_client_order_id_duplicate")
        pair.check_price(trigger_price)
        trigger_type = trigger_type.lower()
        # What it places when it fires must be a valid order now.
        self._spot.check(pair.symbol, OrderTerms(side, trigger_type, size, price, notional))
        now = self._clock() if now is None else now
        order = AlgoOrder(
            order_id=self._ids("spot-algo") * 11 + 2_000_000_000,
            client_order_id=client_order_id,
            account=account,
            symbol=pair.symbol,
            side=side,
            algo_type=algo_type,
            trigger_price=trigger_price,
            trigger_type=trigger_type,
            rises=trigger_price > self._market.last_price(pair.symbol),
            price=price if trigger_type == "limit" else None,
            size=size,
            notional=notional if trigger_type == "market" and side == "buy" else None,
            create_time=now,
            update_time=now,
        )
        self.orders[order.order_id] = order
        return order

    def check_triggers(self, now: int | None = None) -> None:
        """Fire every waiting algo order whose trigger price the market has reached."""
        for order in [o for o in self.orders.values() if o.is_open]:
            last = self._market.last_price(order.symbol)
            if (last >= order.trigger_price) if order.rises else (last <= order.trigger_price):
                self._fire(order, self._clock() if now is None else now)

    def _fire(self, order: AlgoOrder, now: int) -> None:
        order.update_time = now
        try:
            terms = OrderTerms(order.side, order.trigger_type, order.size, order.price, order.notional)
            placed = self._spot.place(order.account, order.symbol, terms, now=now)
        except MockError:
            order.state = AlgoState.FAILED  # e.g. the balance went elsewhere since the order was placed
            return
        order.state = AlgoState.TRIGGERED
        order.spot_order_id = placed.order_id

    def order(self, account: Account, order_id: object) -> AlgoOrder:
        """An algo order of ``account`` by id (``spot_order_not_found`` otherwise)."""
        found = owned(self.orders, account, order_id)
        if found is None:
            raise MockError("spot_order_not_found", f"Order Id not found: {order_id}")
        return found

    def order_by_client_id(self, account: Account, client_order_id: str) -> AlgoOrder:
        """An algo order of ``account`` by its client order id (``spot_order_not_found`` otherwise)."""
        for found in self.orders.values():
            if found.account is account and found.client_order_id == client_order_id:
                return found
        raise MockError("spot_order_not_found", f"Order not found for clientOrderId {client_order_id}")

    def cancel(self, order: AlgoOrder, *, now: int | None = None) -> None:
        """Cancel a waiting algo order.

        Raises ``spot_order_already_canceled`` (cancelled already) or
        ``spot_order_already_completed`` (it has fired).
        """
        if order.state == AlgoState.CANCELED:
            raise MockError("spot_order_already_canceled")
        if not order.is_open:
            raise MockError("spot_order_already_completed")
        order.state = AlgoState.CANCELED
        order.update_time = self._clock() if now is None else now

    def account_orders(self, account: Account) -> list[AlgoOrder]:
        """Every algo order of ``account``, newest first."""
        return sorted(
            (o for o in self.orders.values() if o.account is account), key=lambda o: o.order_id, reverse=True
        )


__all__ = ["AlgoOrder", "AlgoState", "SpotAlgoEngine"]
