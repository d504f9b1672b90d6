"""Futures V2 (USDT-margined perpetuals): orders, fills, positions, leverage, position mode, fund flows.

Prices come from ``exchange.futures_market``. A market order fills at once, all of it, at the
best ask (buys) or the best bid (sells): the mock's book is deep enough for any size. A limit
order that crosses that price fills at once as a taker at the better price; otherwise it rests
(its opening margin frozen) and fills later as a maker, at its own price, once the market moves
through it (``sweep``, run before every futures request). Mode 4 (Maker Only) is cancelled
instead of crossing, 2 FOK and 3 IOC are cancelled when they cannot fill at once.

Money is real: every fill moves USDT in the account's futures wallet. Opening takes
``notional / leverage`` as position margin; closing gives back the margin of the closed part
with the realised profit or loss; every fill pays its fee (taker or maker rate, the rates
``fee_rates`` reports). Each movement is recorded as a fund flow (transaction history).

Side codes follow BitMart. Hedge mode: 1 opens (adds to) a long, 2 closes a short, 3 closes a
long, 4 opens a short. One-way mode: 1 buys and 4 sells, closing the opposite position first and
opening with the rest; 2 and 3 are reduce-only buys and sells. Closing orders that rest reserve
the volume they would close, so a position is never closed twice.

Simplifications: no liquidation, no funding payments (another engine may record them through
``record_flow``), cross and isolated margin are both ``notional / leverage`` per position.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..errors import MockError
from .accounts import ZERO, Account
from .futures_contracts import Contract, contract

if TYPE_CHECKING:
    from . import Exchange

MAKER_FEE = Decimal("0.0002")
TAKER_FEE = Decimal("0.0006")
DEFAULT_LEVERAGE = Decimal(10)
DEFAULT_OPEN_TYPE = "cross"
SETTLEMENT = "USDT"
CLAIM_AMOUNT = Decimal(10000)
"""Simulated USDT credited by one demo-funds claim."""
LONG, SHORT = 1, 2
HEDGE, ONE_WAY = "hedge_mode", "one_way_mode"
BUY_SIDES = (1, 2)
OPENING_SIDES = (1, 4)
MIN_CANCEL_AFTER_S = 5

FLOW_TRANSFER, FLOW_REALIZED_PNL, FLOW_FUNDING, FLOW_FEE, FLOW_LIQUIDATION = 1, 2, 3, 4, 5
FLOW_NAMES = {
    FLOW_TRANSFER: "Transfer",
    FLOW_REALIZED_PNL: "Realized PNL",
    FLOW_FUNDING: "Funding Fee",
    FLOW_FEE: "Commission Fee",
    FLOW_LIQUIDATION: "Liquidation Clearance",
}

_ORDER_ID_BASE = 23_456_789_000_000_000
"""Order ids are 17 digits like BitMart's: beyond 2**53, so clients must parse them as integers."""
_TRADE_ID_BASE = 1_141_853_000
_FLOW_ID_BASE = 9_689_322_000
_HEDGE_LEGS = {1: ("open", LONG), 2: ("close", SHORT), 3: ("close", LONG), 4: ("open", SHORT)}


@dataclass
class Presets:
    """Take-profit / stop-loss attached to an opening order (price types 1 last, 2 mark)."""

    take_profit: Decimal | None = None
    take_profit_type: int = 1
    stop_loss: Decimal | None = None
    stop_loss_type: int = 1


@dataclass
class FuturesOrder:
    """An order of any state: 2 working (resting), 4 final (filled or cancelled)."""

    order_id: int
    client_order_id: str
    account: Account
    contract: Contract
    side: int
    type: str
    mode: int
    price: Decimal
    """The limit price; for a market order the best price when it was placed."""
    size: int
    leverage: Decimal
    open_type: str
    position_mode: str
    create_time: int
    update_time: int
    state: int = 2
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
    def remaining(self) -> int:
        """Contracts still to fill (zero once the order is final)."""
        return self.size - self.deal_size if self.state != 4 else 0

    @property
    def is_buy(self) -> bool:
        """Whether the order buys (sides 1 and 2)."""
        return self.side in BUY_SIDES

    @property
    def reduce_only(self) -> bool:
        """Sides 2 and 3 only ever close, in both position modes."""
        return self.side not in OPENING_SIDES

    @property
    def symbol(self) -> str:
        """The contract's symbol."""
        return self.contract.symbol


@dataclass
class Position:
    """One side (long or short) of one contract of an account, since it was last opened."""

    account: Account
    contract: Contract
    position_type: int
    leverage: Decimal
    open_type: str
    open_time: int
    volume: int = 0
    entry_price: Decimal = ZERO
    margin: Decimal = ZERO
    fees: Decimal = ZERO
    realized: Decimal = ZERO
    """Profit or loss realised by closing fills, before fees."""
    closed_volume: int = 0
    closed_value: Decimal = ZERO
    update_time: int = 0

    @property
    def direction(self) -> int:
        """+1 for a long, -1 for a short."""
        return 1 if self.position_type == LONG else -1

    @property
    def symbol(self) -> str:
        """The contract's symbol."""
        return self.contract.symbol

    def value(self, price: Decimal) -> Decimal:
        """Notional value of the position at ``price``."""
        return price * self.volume * self.contract.contract_size


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


@dataclass
class Flow:
    """One movement of a futures wallet (transaction history); ``amount`` is signed."""

    tran_id: int
    account: Account
    flow_type: int
    amount: Decimal
    currency: str
    symbol: str
    time: int


@dataclass
class _Leg:
    action: str
    position_type: int
    volume: int


FillListener = Callable[[FuturesFill], None]


class FuturesEngine:
    """Every account's futures orders, positions, settings and fund flows.

    Public interface for other engines (e.g. plan orders): ``place`` (an order, as a request
    would place it), ``cancel`` / ``cancel_all``, ``order`` / ``order_by_client_id``,
    ``position`` / ``closable`` / ``open_positions`` (what an account holds), ``leverage_of``,
    ``position_mode``, ``record_flow`` (a wallet movement for the transaction history),
    ``sweep`` (let resting orders fill against the market) and ``fill_listeners`` (called after
    every fill, e.g. to attach an order's preset take-profit / stop-loss to its position; a
    listener runs after the fill's money has moved and must not raise).
    """

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
        self.orders: dict[int, FuturesOrder] = {}
        self._working: dict[int, FuturesOrder] = {}
        """The orders not yet final (state 2), so that sweeps stay cheap however long the history."""
        self._by_client_id: dict[tuple[int, str], FuturesOrder] = {}
        self.positions: dict[tuple[int, str, int], Position] = {}
        self.fills: list[FuturesFill] = []
        self.flows: list[Flow] = []
        self.leverage: dict[tuple[int, str], tuple[Decimal, str]] = {}
        self.position_modes: dict[int, str] = {}
        self.cancel_after: dict[tuple[int, str], int] = {}
        """(uid, symbol) -> exchange time (ms) when that contract's open orders get cancelled."""
        self.fill_listeners: list[FillListener] = []
        self.sweepers: list[Callable[[int], None]] = []
        """Run at the end of every ``sweep`` (conditional orders check their triggers there)."""

    # ---- settings ------------------------------------------------------------------------------
    def position_mode(self, account: Account) -> str:
        """``hedge_mode`` (the default) or ``one_way_mode``."""
        return self.position_modes.get(account.uid, HEDGE)

    def set_position_mode(self, account: Account, mode: str) -> None:
        """Switch the position mode; refused (`futures_invalid_request`) while positions or orders are open.
        """
        if mode != self.position_mode(account) and (
            self.open_positions(account) or self.open_orders(account)
        ):
            raise MockError(
                "futures_invalid_request",
                "Close every position and cancel every open order before switching the position mode",
            )
        self.position_modes[account.uid] = mode

    def leverage_of(self, account: Account, symbol: str) -> tuple[Decimal, str]:
        """The account's (leverage, open type) for ``symbol``; 10x cross until changed."""
        return self.leverage.get(
            (account.uid, contract(symbol).symbol), (DEFAULT_LEVERAGE, DEFAULT_OPEN_TYPE)
        )

    def set_leverage(self, account: Account, symbol: str, leverage: Decimal, open_type: str) -> Contract:
        """Set the leverage and margin type of ``symbol``.

        `futures_leverage_too_large`/`futures_leverage_too_small` when out of the contract's range,
        `futures_leverage_invalid` while a position with other settings is open.
        """
        found = contract(symbol)
        found.check_leverage(leverage)
        for held in self._held(account, found.symbol):
            if held.leverage != leverage or held.open_type != open_type:
                raise MockError(
                    "futures_leverage_invalid",
                    f"The order leverage is invalid: a {held.open_type} {held.leverage}x position is open "
                    f"on {found.symbol}; close it before changing its leverage or margin type",
                )
        self.leverage[(account.uid, found.symbol)] = (leverage, open_type)
        return found

    @staticmethod
    def fee_rates(account: Account, symbol: str) -> tuple[Decimal, Decimal]:
        """(maker, taker) fee rates of ``account`` on ``symbol``, as fractions."""
        contract(symbol)
        return MAKER_FEE, TAKER_FEE

    # ---- placing and changing orders -------------------------------------------------------------
    def place(
        self,
        account: Account,
        symbol: str,
        side: int,
        order_type: str,
        size: int,
        *,
        price: Decimal | None = None,
        mode: int = 1,
        leverage: Decimal | None = None,
        open_type: str | None = None,
        client_order_id: str = "",
        presets: Presets | None = None,
        display_type: str | None = None,
        extras: dict[str, Any] | None = None,
        now: int,
    ) -> FuturesOrder:
        """Check and place an order, as a request would.

        What crosses the market fills at once; a limit order's remainder rests (GTC) with its
        opening margin frozen.

        ``side`` 1..4 and ``order_type`` ``limit`` / ``market`` as in the API; ``price`` is
        required for limit orders and ignored for market orders; ``leverage`` and ``open_type``
        default to the symbol's setting (and to the open position's for closing sides).
        Raises BitMart's codes: `futures_symbol_not_found` symbol,
        `futures_precision_invalid`/`futures_range_invalid` price or size,
        `futures_leverage_too_large`/`futures_leverage_too_small`/`futures_leverage_invalid` leverage,
        `futures_open_type_invalid` open type, `futures_type_invalid` maker-only market order,
        `futures_client_order_id_duplicate` duplicate client order id,
        `futures_position_not_found`/`futures_position_volume_not_enough` nothing (enough) to close,
        `futures_balance_not_enough` insufficient balance. Returns the order in its state after placement (2
        resting, 4 filled or cancelled).
        """
        self.sweep(now)
        found = contract(symbol)
        market = order_type == "market"
        found.check_volume(Decimal(size), market=market)
        if market and mode == 4:
            raise MockError(
                "futures_type_invalid", "The order type is invalid: mode 4 (Maker Only) needs a limit order"
            )
        if not market:
            if price is None:
                raise MockError(
                    "futures_precision_invalid",
                    "The order precision is invalid: price is required for a limit order",
                )
            found.check_price(price)
        if client_order_id and (account.uid, client_order_id) in self._by_client_id:
            raise MockError(
                "futures_client_order_id_duplicate",
                f"Client OrderId duplicated with existing orders: {client_order_id}",
            )
        lever, margin_type = self._order_terms(account, found, side, leverage, open_type)
        order = FuturesOrder(
            order_id=_ORDER_ID_BASE + self.exchange.ids.next("futures-order"),
            client_order_id=client_order_id,
            account=account,
            contract=found,
            side=side,
            type=order_type,
            mode=mode,
            price=price if price is not None and not market else self._best(found, side, now),
            size=size,
            leverage=lever,
            open_type=margin_type,
            position_mode=self.position_mode(account),
            create_time=now,
            update_time=now,
            presets=presets or Presets(),
            display_type=display_type,
            extras=dict(extras or {}),
        )
        self._check_closable(order, size)
        self._execute(order, now)
        self.orders[order.order_id] = order
        if client_order_id:
            self._by_client_id[(account.uid, client_order_id)] = order
        if order.state != 4:
            self._working[order.order_id] = order
        return order

    def modify(
        self, order: FuturesOrder, *, price: Decimal | None, size: int | None, now: int
    ) -> FuturesOrder:
        """Change the price and/or size of a resting limit order.

        The order is then treated as newly placed: it may fill at once if it now crosses.
        `futures_order_status_invalid` if it is not a working limit order.
        """
        self.sweep(now)
        if order.state == 4 or order.type != "limit":
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
        self._release(order)
        old_price, old_size = order.price, order.size
        order.price, order.size = new_price, new_size
        try:
            self._check_closable(order, order.remaining, ignore=order)
            self._execute(order, now)
        except MockError:
            order.price, order.size = old_price, old_size
            self._freeze(order)
            raise
        order.update_time = now
        return order

    def _order_terms(
        self,
        account: Account,
        found: Contract,
        side: int,
        leverage: Decimal | None,
        open_type: str | None,
    ) -> tuple[Decimal, str]:
        """Leverage and margin type of a new order, checked against an open position's."""
        setting = self.leverage_of(account, found.symbol)
        held = self._held(account, found.symbol)
        if side not in OPENING_SIDES or held:
            base = (held[0].leverage, held[0].open_type) if held else setting
            if side in OPENING_SIDES and leverage is not None and leverage != base[0]:
                raise MockError(
                    "futures_leverage_invalid",
                    f"The order leverage is invalid: the open position on {found.symbol} is {base[0]}x",
                )
            if side in OPENING_SIDES and open_type is not None and open_type != base[1]:
                raise MockError(
                    "futures_open_type_invalid",
                    f"The order open type is invalid: the open position on {found.symbol} is {base[1]}",
                )
            return base
        lever = setting[0] if leverage is None else leverage
        found.check_leverage(lever)
        return lever, open_type or setting[1]

    def _best(self, found: Contract, side: int, now: int) -> Decimal:
        market = self.exchange.futures_market
        return market.best_ask(found.symbol, now) if side in BUY_SIDES else market.best_bid(found.symbol, now)

    def _execute(self, order: FuturesOrder, now: int) -> None:
        """Fill what crosses at once, rest or cancel the rest according to the time in force."""
        best = self._best(order.contract, order.side, now)
        crosses = order.type == "market" or (order.price >= best if order.is_buy else order.price <= best)
        if crosses and order.mode == 4:
            self._finish(order, now)  # maker only: cancelled rather than taking liquidity
        elif crosses:
            self._fill(order, best, order.remaining, now, maker=False)
        elif order.mode in (2, 3):
            self._finish(order, now)  # FOK / IOC that cannot trade at once
        else:
            self._freeze(order)

    # ---- cancelling ------------------------------------------------------------------------------
    def cancel(self, order: FuturesOrder, now: int) -> None:
        """Cancel a working order (`futures_order_status_invalid` if it is already final) and release its frozen margin."""
        if order.state == 4:
            raise MockError(
                "futures_order_status_invalid",
                f"The order status is invalid: {order.order_id} is already finished",
            )
        self._release(order)
        self._finish(order, now)

    def cancel_all(self, account: Account, symbol: str, now: int) -> list[FuturesOrder]:
        """Cancel every working order of ``account`` on ``symbol``; returns them."""
        found = contract(symbol)
        cancelled = [o for o in self.open_orders(account) if o.contract is found]
        for order in cancelled:
            self.cancel(order, now)
        return cancelled

    def set_cancel_all_after(self, account: Account, symbol: str, timeout_s: int, now: int) -> int:
        """Arm (or with 0 disarm) the countdown that cancels ``symbol``'s open orders.

        The orders go ``timeout_s`` seconds after ``now``; a new call replaces the running
        countdown. Returns the cancel time (ms), 0 when disarmed (`futures_invalid_request` for 1 to 4 seconds).
        """
        found = contract(symbol)
        key = (account.uid, found.symbol)
        if timeout_s == 0:
            self.cancel_after.pop(key, None)
            return 0
        if timeout_s < MIN_CANCEL_AFTER_S:
            raise MockError(
                "futures_invalid_request",
                f"Invalid request: timeout is at least {MIN_CANCEL_AFTER_S} seconds, or 0",
            )
        self.cancel_after[key] = now + timeout_s * 1000
        return self.cancel_after[key]

    def _release(self, order: FuturesOrder) -> None:
        order.account.futures.unfreeze(SETTLEMENT, order.frozen)
        order.frozen = ZERO

    def _finish(self, order: FuturesOrder, now: int) -> None:
        order.state = 4
        self._working.pop(order.order_id, None)
        order.update_time = now

    # ---- looking orders up -----------------------------------------------------------------------
    def order(self, account: Account, order_id: object, symbol: str | None = None) -> FuturesOrder:
        """An order of ``account`` by id, optionally on ``symbol`` (`futures_order_not_found` if none)."""
        try:
            found = self.orders.get(int(str(order_id)))
        except ValueError:
            found = None
        if found is None or found.account is not account or (symbol and found.symbol != symbol.upper()):
            raise MockError("futures_order_not_found", f"The order is not exist: {order_id}")
        return found

    def order_by_client_id(
        self, account: Account, client_order_id: str, symbol: str | None = None
    ) -> FuturesOrder:
        """An order of ``account`` by its client order id, optionally on ``symbol`` (`futures_order_not_found` if none)."""
        found = self._by_client_id.get((account.uid, client_order_id))
        if found is not None and (not symbol or found.symbol == symbol.upper()):
            return found
        raise MockError(
            "futures_order_not_found", f"The order is not exist: client_order_id {client_order_id}"
        )

    def open_orders(self, account: Account) -> list[FuturesOrder]:
        """Working orders of ``account``, newest first."""
        return sorted((o for o in self._working.values() if o.account is account), key=lambda o: -o.order_id)

    def account_orders(self, account: Account) -> list[FuturesOrder]:
        """Every order of ``account``, newest first."""
        return sorted((o for o in self.orders.values() if o.account is account), key=lambda o: -o.order_id)

    # ---- positions -------------------------------------------------------------------------------
    def position(self, account: Account, symbol: str, position_type: int) -> Position | None:
        """The open position of ``account`` on ``symbol`` of ``position_type`` (LONG 1 / SHORT 2)."""
        held = self.positions.get((account.uid, contract(symbol).symbol, position_type))
        return held if held is not None and held.volume > 0 else None

    def closable(self, account: Account, symbol: str, position_type: int) -> int:
        """Contracts of that position not already reserved by resting closing orders."""
        held = self.position(account, symbol, position_type)
        return held.volume - self._reserved(held) if held else 0

    def open_positions(self, account: Account) -> list[Position]:
        """Positions with a volume, by symbol then long before short."""
        found = [p for p in self.positions.values() if p.account is account and p.volume > 0]
        return sorted(found, key=lambda p: (p.symbol, p.position_type))

    def unrealized(self, position: Position, now: int) -> Decimal:
        """Profit or loss of the position at the mark price."""
        mark = self.exchange.futures_market.mark_price(position.symbol, now)
        return (
            (mark - position.entry_price)
            * position.volume
            * position.contract.contract_size
            * position.direction
        )

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

    def _held(self, account: Account, symbol: str) -> list[Position]:
        return [p for p in (self.position(account, symbol, LONG), self.position(account, symbol, SHORT)) if p]

    def _reserved(self, position: Position, ignore: FuturesOrder | None = None) -> int:
        """Volume of ``position`` that resting reduce-only orders would close."""
        closing_side = 3 if position.position_type == LONG else 2
        return sum(
            o.remaining
            for o in self._working.values()
            if o.account is position.account
            and o.contract is position.contract
            and o.side == closing_side
            and o is not ignore
        )

    def _check_closable(self, order: FuturesOrder, volume: int, ignore: FuturesOrder | None = None) -> None:
        """A reduce-only order needs a position with that much volume not yet reserved (`futures_position_not_found` / `futures_position_volume_not_enough`)."""
        if not order.reduce_only:
            return
        kind = SHORT if order.side == 2 else LONG
        held = self.position(order.account, order.symbol, kind)
        if held is None:
            raise MockError(
                "futures_position_not_found",
                f"The position is not exsit: no {'short' if kind == SHORT else 'long'} on {order.symbol}",
            )
        free = held.volume - self._reserved(held, ignore)
        if free < volume:
            raise MockError(
                "futures_position_volume_not_enough",
                f"Your position volume is not enough: {free} contracts can still be closed",
            )

    def close_all(
        self, account: Account, now: int, *, symbol: str | None = None, position_type: int | None = None
    ) -> list[FuturesOrder]:
        """Close positions at the market: all, or one symbol's, or one side's.

        The resting orders that would close them are cancelled first. Returns the closing
        orders (`futures_position_not_found` when nothing matches).
        """
        self.sweep(now)
        chosen = [
            p
            for p in self.open_positions(account)
            if (symbol is None or p.symbol == contract(symbol).symbol)
            and (position_type is None or p.position_type == position_type)
        ]
        if not chosen:
            raise MockError("futures_position_not_found", "The position is not exsit: nothing to close")
        orders = []
        for position in chosen:
            side = 3 if position.position_type == LONG else 2
            for resting in self.open_orders(account):
                if resting.contract is position.contract and resting.side == side:
                    self.cancel(resting, now)
            orders.append(self.place(account, position.symbol, side, "market", position.volume, now=now))
        return orders

    # ---- fund flows ------------------------------------------------------------------------------
    def record_flow(
        self,
        account: Account,
        flow_type: int,
        amount: Decimal,
        now: int,
        *,
        currency: str = SETTLEMENT,
        symbol: str = "",
    ) -> Flow:
        """Record a movement of the futures wallet for the transaction history.

        The caller moves the money. ``flow_type`` 1 transfer, 2 realised PnL, 3 funding, 4 fee,
        5 liquidation; ``amount`` is negative when money left the wallet.
        """
        flow = Flow(
            _FLOW_ID_BASE + self.exchange.ids.next("futures-flow"),
            account,
            flow_type,
            amount,
            currency,
            symbol,
            now,
        )
        self.flows.append(flow)
        return flow

    def claim_demo_funds(self, account: Account, now: int) -> Decimal:
        """Credit simulated USDT (the demo environment's claim); returns the amount credited."""
        account.futures.credit(SETTLEMENT, CLAIM_AMOUNT)
        self.record_flow(account, FLOW_TRANSFER, CLAIM_AMOUNT, now)
        return CLAIM_AMOUNT

    # ---- the passing of time -----------------------------------------------------------------------
    def sweep(self, now: int) -> None:
        """Bring the orders up to ``now``.

        Runs out the cancel-all-after countdowns, then fills the resting limit orders the market
        has moved through (as makers, at their own price).
        """
        for key, deadline in list(self.cancel_after.items()):
            if now >= deadline:
                del self.cancel_after[key]
                account = self.exchange.accounts.by_uid[key[0]]
                self.cancel_all(account, key[1], deadline)
        for order in sorted(self._working.values(), key=lambda o: o.order_id):
            if order.state == 4 or order.type != "limit":
                continue
            best = self._best(order.contract, order.side, now)
            if order.price >= best if order.is_buy else order.price <= best:
                self._fill_resting(order, now)
        for sweeper in self.sweepers:
            sweeper(now)

    def _fill_resting(self, order: FuturesOrder, now: int) -> None:
        """Fill a resting order the market reached, as a maker.

        It is cancelled instead when it no longer can fill (its position was closed meanwhile,
        or the wallet cannot pay).
        """
        volume = order.remaining
        if order.reduce_only:
            kind = SHORT if order.side == 2 else LONG
            held = self.position(order.account, order.symbol, kind)
            volume = min(volume, held.volume if held else 0)
        self._release(order)
        try:
            if volume == 0:
                raise MockError("futures_position_not_found")
            self._fill(order, order.price, volume, now, maker=True)
        except MockError:
            self._finish(order, now)
            return
        if order.state != 4:
            self._finish(order, now)  # a reduce-only order larger than what was left to close

    # ---- matching ----------------------------------------------------------------------------------
    def _legs(self, order: FuturesOrder, volume: int) -> list[_Leg]:
        """The opening and closing steps of a fill of ``volume``, per the order's position mode."""
        if order.position_mode == HEDGE:
            action, kind = _HEDGE_LEGS[order.side]
            return [_Leg(action, kind, volume)]
        opposite = SHORT if order.is_buy else LONG
        held = self.position(order.account, order.symbol, opposite)
        closing = min(volume, held.volume if held else 0)
        legs = [_Leg("close", opposite, closing)] if closing else []
        if not order.reduce_only and volume > closing:
            legs.append(_Leg("open", LONG if order.is_buy else SHORT, volume - closing))
        return legs

    def _margin(self, order: FuturesOrder, price: Decimal, volume: int) -> Decimal:
        return price * volume * order.contract.contract_size / order.leverage

    def _freeze(self, order: FuturesOrder) -> None:
        """Hold the margin of the opening part of a resting order (`futures_balance_not_enough` if it is not there)."""
        opening = sum(leg.volume for leg in self._legs(order, order.remaining) if leg.action == "open")
        margin = self._margin(order, order.price, opening)
        if margin:
            order.account.futures.freeze(SETTLEMENT, margin)
        order.frozen = margin

    def _fill(
        self, order: FuturesOrder, price: Decimal, volume: int, now: int, *, maker: bool
    ) -> FuturesFill:
        """Trade ``volume`` of ``order`` at ``price``: move margin, PnL and fee, update positions."""
        account, found = order.account, order.contract
        wallet = account.futures
        notional = price * volume * found.contract_size
        fee = notional * (MAKER_FEE if maker else TAKER_FEE)
        legs = self._legs(order, volume)
        needed = fee
        for leg in legs:
            if leg.action == "open":
                needed += self._margin(order, price, leg.volume)
            else:
                held = self.positions[(account.uid, found.symbol, leg.position_type)]
                needed -= held.margin * leg.volume / held.volume + self._pnl(held, price, leg.volume)
        available = wallet.balance(SETTLEMENT).available
        if needed > available:
            raise MockError(
                "futures_balance_not_enough",
                f"You contract account available balance not enough: {available} USDT, {needed} needed",
            )
        realized_total = ZERO
        for leg in legs:
            position = self._position_for(order, leg.position_type, now)
            position.fees += fee * leg.volume / volume
            if leg.action == "open":
                self._open(position, price, leg.volume, self._margin(order, price, leg.volume), now)
            else:
                realized_total += self._close(position, price, leg.volume, now)
        wallet.debit(SETTLEMENT, fee)
        self.record_flow(account, FLOW_FEE, -fee, now, symbol=found.symbol)
        order.deal_size += volume
        order.deal_value += price * volume
        order.update_time = now
        if order.deal_size >= order.size:
            self._finish(order, now)
        fill = FuturesFill(
            _TRADE_ID_BASE + self.exchange.ids.next("futures-trade"),
            order,
            price,
            volume,
            fee,
            realized_total,
            now,
            maker,
        )
        self.fills.append(fill)
        self.exchange.futures_market.record_trade(
            found.symbol, price, Decimal(volume), "buy" if order.is_buy else "sell", now
        )
        for listener in list(self.fill_listeners):
            listener(fill)
        return fill

    @staticmethod
    def _pnl(position: Position, price: Decimal, volume: int) -> Decimal:
        return (price - position.entry_price) * volume * position.contract.contract_size * position.direction

    def _position_for(self, order: FuturesOrder, position_type: int, now: int) -> Position:
        key = (order.account.uid, order.symbol, position_type)
        position = self.positions.get(key)
        if position is None or position.volume == 0:
            position = Position(
                order.account, order.contract, position_type, order.leverage, order.open_type, now
            )
            self.positions[key] = position
            # The position's terms become the symbol's setting, as on BitMart.
            self.leverage[(order.account.uid, order.symbol)] = (order.leverage, order.open_type)
        return position

    def _open(self, position: Position, price: Decimal, volume: int, margin: Decimal, now: int) -> None:
        position.account.futures.debit(SETTLEMENT, margin)
        position.entry_price = (position.entry_price * position.volume + price * volume) / (
            position.volume + volume
        )
        position.volume += volume
        position.margin += margin
        position.update_time = now

    def _close(self, position: Position, price: Decimal, volume: int, now: int) -> Decimal:
        wallet = position.account.futures
        realized = self._pnl(position, price, volume)
        released = position.margin * volume / position.volume
        wallet.credit(SETTLEMENT, released)
        if realized >= 0:
            wallet.credit(SETTLEMENT, realized)
        else:
            wallet.debit(SETTLEMENT, -realized)
        self.record_flow(position.account, FLOW_REALIZED_PNL, realized, now, symbol=position.symbol)
        position.margin -= released
        position.volume -= volume
        position.realized += realized
        position.closed_value += price * volume
        position.closed_volume += volume
        position.update_time = now
        return realized


__all__ = [
    "BUY_SIDES",
    "CLAIM_AMOUNT",
    "FLOW_NAMES",
    "HEDGE",
    "LONG",
    "MAKER_FEE",
    "ONE_WAY",
    "SETTLEMENT",
    "SHORT",
    "TAKER_FEE",
    "Flow",
    "FuturesEngine",
    "FuturesFill",
    "FuturesOrder",
    "Position",
    "Presets",
]
