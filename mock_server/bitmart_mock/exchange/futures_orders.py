"""The futures order book of every account: orders by id and client order id, the working ones."""

from __future__ import annotations

from ..errors import MockError
from ._common import owned
from .accounts import Account
from .futures_types import FuturesOrder, OrderState, Position


class FuturesOrders:
    """Every futures order; the working ones are kept apart so that sweeps stay cheap."""

    def __init__(self) -> None:
        self.orders: dict[int, FuturesOrder] = {}
        self._working: dict[int, FuturesOrder] = {}
        self._by_client_id: dict[tuple[int, str], FuturesOrder] = {}

    def add(self, order: FuturesOrder) -> None:
        """Store a placed order (working unless it is already final)."""
        self.orders[order.order_id] = order
        if order.client_order_id:
            self._by_client_id[(order.account.uid, order.client_order_id)] = order
        if order.working:
            self._working[order.order_id] = order

    def finish(self, order: FuturesOrder, now: int) -> None:
        """Make ``order`` final (filled or cancelled) at ``now``."""
        order.state = OrderState.FINISHED
        order.update_time = now
        self._working.pop(order.order_id, None)

    def client_id_used(self, account: Account, client_order_id: str) -> bool:
        """Whether ``account`` already placed an order with this client order id."""
        return (account.uid, client_order_id) in self._by_client_id

    def order(self, account: Account, order_id: object, symbol: str | None = None) -> FuturesOrder:
        """An order of ``account`` by id, optionally on ``symbol`` (``futures_order_not_found``)."""
        found = owned(self.orders, account, order_id)
        if found is None or (symbol and found.symbol != symbol.upper()):
            raise MockError("futures_order_not_found", f"The order is not exist: {order_id}")
        return found

    def order_by_client_id(
        self, account: Account, client_order_id: str, symbol: str | None = None
    ) -> FuturesOrder:
        """An order of ``account`` by client order id, optionally on ``symbol`` (else not found)."""
        found = self._by_client_id.get((account.uid, client_order_id))
        if found is not None and (not symbol or found.symbol == symbol.upper()):
            return found
        raise MockError(
            "futures_order_not_found", f"The order is not exist: client_order_id {client_order_id}"
        )

    def working(self) -> list[FuturesOrder]:
        """Every working order, oldest first."""
        return sorted(self._working.values(), key=lambda o: o.order_id)

    def open_orders(self, account: Account) -> list[FuturesOrder]:
        """Working orders of ``account``, newest first."""
        return sorted((o for o in self._working.values() if o.account is account), key=lambda o: -o.order_id)

    def has_open_orders(self, account: Account) -> bool:
        """Whether ``account`` has a working order."""
        return any(o.account is account for o in self._working.values())

    def account_orders(self, account: Account) -> list[FuturesOrder]:
        """Every order of ``account``, newest first."""
        return sorted((o for o in self.orders.values() if o.account is account), key=lambda o: -o.order_id)

    def reserved(self, position: Position, ignore: FuturesOrder | None = None) -> int:
        """Volume of ``position`` that working reduce-only orders would close."""
        closing = position.position_type.closing_side
        return sum(
            o.remaining
            for o in self._working.values()
            if o.account is position.account and o.contract is position.contract and o.side == closing
            and o is not ignore
        )  # fmt: skip


__all__ = ["FuturesOrders"]
