"""Cancelling futures orders: one, all of a contract, and the cancel-all-after countdown."""

from __future__ import annotations

from ..errors import MockError
from .accounts import Account
from .futures_clearing import FuturesClearing
from .futures_contracts import contract
from .futures_orders import FuturesOrders
from .futures_types import FuturesOrder

MIN_CANCEL_AFTER_S = 5


class FuturesCancels:
    """Cancels working orders (releasing their margin) and runs the cancel-all-after countdowns."""

    def __init__(self, orders: FuturesOrders, clearing: FuturesClearing) -> None:
        self._orders = orders
        self._clearing = clearing
        self.countdowns: dict[tuple[int, str], tuple[Account, int]] = {}
        """(uid, symbol) -> the account and the exchange time (ms) its open orders there get cancelled."""

    def run_out(self, now: int) -> None:
        """Cancel the orders of every countdown that has run out by ``now`` (at its deadline)."""
        for key, (account, deadline) in list(self.countdowns.items()):
            if now >= deadline:
                del self.countdowns[key]
                self.cancel_all(account, key[1], deadline)

    def cancel(self, order: FuturesOrder, now: int) -> None:
        """Cancel a working order, releasing its margin (``futures_order_status_invalid`` if final)."""
        if not order.working:
            raise MockError(
                "futures_order_status_invalid",
                f"The order status is invalid: {order.order_id} is already finished",
            )
        self._clearing.release(order)
        self._orders.finish(order, now)

    def cancel_all(self, account: Account, symbol: str, now: int) -> list[FuturesOrder]:
        """Cancel every working order of ``account`` on ``symbol``; returns them."""
        found = contract(symbol)
        cancelled = [o for o in self._orders.open_orders(account) if o.contract is found]
        for order in cancelled:
            self.cancel(order, now)
        return cancelled

    def set_cancel_all_after(self, account: Account, symbol: str, timeout_s: int, now: int) -> int:
        """Arm (or with 0 disarm) the countdown that cancels ``symbol``'s open orders.

        The orders go ``timeout_s`` seconds after ``now``; a new call replaces the running
        countdown. Returns the cancel time (ms), 0 when disarmed; ``futures_invalid_request`` for
        1 to 4 seconds.
        """
        key = (account.uid, contract(symbol).symbol)
        if timeout_s == 0:
            self.countdowns.pop(key, None)
            return 0
        if timeout_s < MIN_CANCEL_AFTER_S:
            raise MockError(
                "futures_invalid_request",
                f"Invalid request: timeout is at least {MIN_CANCEL_AFTER_S} seconds, or 0",
            )
        self.countdowns[key] = (account, now + timeout_s * 1000)
        return now + timeout_s * 1000


__all__ = ["MIN_CANCEL_AFTER_S", "FuturesCancels"]
