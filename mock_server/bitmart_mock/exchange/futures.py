"""Futures V2 trading (USDT-margined perpetuals): placing, modifying, cancelling and filling orders.

Prices come from the futures market. A market order fills at once, all of it, at the best ask
(buys) or the best bid (sells): the mock's book is deep enough for any size. A limit order that
crosses that price fills at once as a taker at the better price; otherwise it rests (its opening
margin frozen) and fills later as a maker, at its own price, once the market moves through it
(``sweep``, run before every request). Mode 4 (Maker Only) is cancelled instead of crossing,
2 FOK and 3 IOC are cancelled when they cannot fill at once. Closing orders that rest reserve
the volume they would close, so a position is never closed twice. What a fill does to positions
and money is the clearing's business (``futures_clearing``).

Public interface (also for seeding history at past times; every method takes ``now``):
``place``, ``modify``, ``cancel`` / ``cancel_all``, ``set_cancel_all_after``, ``close_all``,
``closable``, ``sweep``; ``orders`` (the ``FuturesOrders`` book), ``fills``, and
``fill_listeners`` / ``sweepers`` (called after every fill / at the end of every sweep).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..errors import MockError
from ._common import IdSource
from .accounts import Account
from .futures_cancels import FuturesCancels
from .futures_clearing import FuturesClearing
from .futures_contracts import Contract, contract
from .futures_market import FuturesMarket
from .futures_orders import FuturesOrders
from .futures_positions import PositionLedger
from .futures_settings import FuturesSettings
from .futures_terms import OrderRequest, check_closable, order_terms
from .futures_types import FillListener, FuturesFill, FuturesOrder, OrderMode, PositionType, Presets, Side

_ORDER_ID_BASE = 23_456_789_000_000_000
"""Order ids are 17 digits like BitMart's: beyond 2**53, so clients must parse them as integers."""
_TRADE_ID_BASE = 1_141_853_000


@dataclass(eq=False)
class FuturesTrading:
    """Places orders against the market, rests and fills them, and cancels them."""

    orders: FuturesOrders
    _positions: PositionLedger
    _settings: FuturesSettings
    _clearing: FuturesClearing
    _cancels: FuturesCancels
    _market: FuturesMarket
    _ids: IdSource
    fills: list[FuturesFill] = field(init=False, default_factory=list)
    fill_listeners: list[FillListener] = field(init=False, default_factory=list)
    sweepers: list[Callable[[int], None]] = field(init=False, default_factory=list)
    """Run at the end of every ``sweep`` (conditional orders check their triggers there)."""

    # ---- placing and changing ------------------------------------------------------------------
    def place(
        self,
        account: Account,
        symbol: str,
        side: int,
        order_type: str,
        size: int,
        *,
        price: Decimal | None = None,
        mode: int = OrderMode.GTC,
        leverage: Decimal | None = None,
        open_type: str | None = None,
        client_order_id: str = "",
        presets: Presets | None = None,
        display_type: str | None = None,
        extras: dict[str, Any] | None = None,
        now: int,
    ) -> FuturesOrder:
        """Check and place an order, as a request would; returns it in its state after placement.

        What crosses the market fills at once; a limit order's remainder rests (GTC) with its
        opening margin frozen. ``price`` is required for limit orders and ignored for market
        orders; leverage and open type default to the symbol's setting (and to the open
        position's for closing sides). Raises BitMart's errors: symbol, price or size, leverage,
        open type, maker-only market order, duplicate client order id, nothing (enough) to close,
        insufficient balance.
        """
        request = OrderRequest(
            symbol, Side(side), order_type, size, price, OrderMode(mode), leverage, open_type,
            client_order_id, presets, display_type, dict(extras or {}),
        )  # fmt: skip
        return self._place(account, request, now)

    def _place(self, account: Account, request: OrderRequest, now: int) -> FuturesOrder:
        self.sweep(now)
        found = request.checked_contract()
        if request.client_order_id and self.orders.client_id_used(account, request.client_order_id):
            raise MockError(
                "futures_client_order_id_duplicate",
                f"Client OrderId duplicated with existing orders: {request.client_order_id}",
            )
        order = self._new_order(account, found, request, now)
        check_closable(self.orders, self._positions, order, order.size)
        self._execute(order, now)
        self.orders.add(order)
        return order

    def _new_order(self, account: Account, found: Contract, request: OrderRequest, now: int) -> FuturesOrder:
        leverage, open_type = order_terms(self._settings, self._positions, account, found, request)
        market = request.order_type == "market"
        price = (
            request.price
            if request.price is not None and not market
            else self._best(found, request.side, now)
        )
        return FuturesOrder(
            order_id=_ORDER_ID_BASE + self._ids("futures-order"),
            client_order_id=request.client_order_id,
            account=account,
            contract=found,
            side=request.side,
            type=request.order_type,
            mode=request.mode,
            price=price,
            size=request.size,
            leverage=leverage,
            open_type=open_type,
            position_mode=self._settings.position_mode(account),
            create_time=now,
            update_time=now,
            presets=request.presets or Presets(),
            display_type=request.display_type,
            extras=dict(request.extras),
        )

    def modify(
        self, order: FuturesOrder, *, price: Decimal | None, size: int | None, now: int
    ) -> FuturesOrder:
        """Change the price and/or size of a resting limit order.

        The order is then treated as newly placed: it may fill at once if it now crosses.
        Raises ``futures_order_status_invalid`` if it is not a working limit order.
        """
        self.sweep(now)
        if not order.working or order.type != "limit":
            raise MockError(
                "futures_order_status_invalid",
                f"The order status is invalid: {order.order_id} is not an open limit order",
            )
        new_price = order.price if price is None else price
        new_size = order.size if size is None else size
        order.contract.check_price(new_price)
        order.contract.check_volume(Decimal(new_size))
        if new_size <= order.deal_size:
            raise MockError(
                "futures_range_invalid",
                f"The order range is invalid: size must exceed the {order.deal_size} contracts filled",
            )
        self._clearing.release(order)
        old_price, old_size = order.price, order.size
        order.price, order.size = new_price, new_size
        try:
            check_closable(self.orders, self._positions, order, order.remaining, ignore=order)
            self._execute(order, now)
        except MockError:
            order.price, order.size = old_price, old_size
            self._clearing.freeze(order)
            raise
        order.update_time = now
        return order

    # ---- filling -------------------------------------------------------------------------------
    def _best(self, found: Contract, side: Side, now: int) -> Decimal:
        market = self._market
        return market.best_ask(found.symbol, now) if side.buys else market.best_bid(found.symbol, now)

    def _execute(self, order: FuturesOrder, now: int) -> None:
        """Fill what crosses at once, rest or cancel the rest according to the time in force."""
        best = self._best(order.contract, order.side, now)
        crosses = order.type == "market" or (order.price >= best if order.is_buy else order.price <= best)
        if crosses and order.mode == OrderMode.MAKER_ONLY:
            self.orders.finish(order, now)  # maker only: cancelled rather than taking liquidity
        elif crosses:
            self._fill(order, best, order.remaining, now, maker=False)
        elif order.mode in (OrderMode.FOK, OrderMode.IOC):
            self.orders.finish(order, now)  # cannot trade at once
        else:
            self._clearing.freeze(order)

    def _fill(self, order: FuturesOrder, price: Decimal, volume: int, now: int, *, maker: bool) -> None:
        fee, realized = self._clearing.settle(order, price, volume, now, maker=maker)
        order.deal_size += volume
        order.deal_value += price * volume
        order.update_time = now
        if order.deal_size >= order.size:
            self.orders.finish(order, now)
        trade_id = _TRADE_ID_BASE + self._ids("futures-trade")
        fill = FuturesFill(trade_id, order, price, volume, fee, realized, now, maker)
        self.fills.append(fill)
        side = "buy" if order.is_buy else "sell"
        self._market.record_trade(order.symbol, price, Decimal(volume), side, now)
        for listener in list(self.fill_listeners):
            listener(fill)

    def _fill_resting(self, order: FuturesOrder, now: int) -> None:
        """Fill a resting order the market reached, as a maker.

        It is cancelled instead when it no longer can fill (its position was closed meanwhile,
        or the wallet cannot pay).
        """
        volume = order.remaining
        if order.reduce_only:
            held = self._positions.position(order.account, order.symbol, order.closes)
            volume = min(volume, held.volume if held else 0)
        self._clearing.release(order)
        try:
            if volume == 0:
                raise MockError("futures_position_not_found")
            self._fill(order, order.price, volume, now, maker=True)
        except MockError:
            self.orders.finish(order, now)
            return
        if order.working:
            self.orders.finish(order, now)  # a reduce-only order larger than what was left to close

    def sweep(self, now: int) -> None:
        """Bring the orders up to ``now``.

        Runs out the cancel-all-after countdowns, then fills the resting limit orders the market
        has moved through (as makers, at their own price), then runs the ``sweepers``.
        """
        self._cancels.run_out(now)
        for order in self.orders.working():
            if not order.working or order.type != "limit":
                continue
            best = self._best(order.contract, order.side, now)
            if order.price >= best if order.is_buy else order.price <= best:
                self._fill_resting(order, now)
        for sweeper in self.sweepers:
            sweeper(now)

    # ---- closing and cancelling ----------------------------------------------------------------
    def closable(self, account: Account, symbol: str, position_type: PositionType) -> int:
        """Contracts of that position not already reserved by resting closing orders."""
        held = self._positions.position(account, symbol, position_type)
        return held.volume - self.orders.reserved(held) if held else 0

    def close_all(
        self,
        account: Account,
        now: int,
        *,
        symbol: str | None = None,
        position_type: PositionType | None = None,
    ) -> list[FuturesOrder]:
        """Close positions at the market: all, or one symbol's, or one side's.

        The resting orders that would close them are cancelled first. Returns the closing
        orders (``futures_position_not_found`` when nothing matches).
        """
        self.sweep(now)
        chosen = [
            p
            for p in self._positions.open_positions(account)
            if (symbol is None or p.symbol == contract(symbol).symbol)
            and (position_type is None or p.position_type == position_type)
        ]
        if not chosen:
            raise MockError("futures_position_not_found", "The position is not exsit: nothing to close")
        orders = []
        for position in chosen:
            side = position.position_type.closing_side
            for resting in self.orders.open_orders(account):
                if resting.contract is position.contract and resting.side == side:
                    self._cancels.cancel(resting, now)
            request = OrderRequest(position.symbol, side, "market", position.volume)
            orders.append(self._place(account, request, now))
        return orders


__all__ = ["FillListener", "FuturesTrading", "OrderRequest"]
