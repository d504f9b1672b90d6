"""Futures V2 (USDT-margined perpetuals): orders, fills, positions, leverage, mode, transfers.

Prices come from ``exchange.futures_market``: market orders fill at once at the best ask (buys)
or best bid (sells); a limit order fills at once if it crosses that price, otherwise it rests
until cancelled (mode 4, maker only, is refused instead of crossing; 2 FOK and 3 IOC are
cancelled when they cannot fill at once). Every fill moves real USDT in the account's futures
wallet: opening reserves ``notional / leverage`` as position margin and pays the fee; closing
releases the margin of the closed part with the realised profit or loss, minus the fee.
A resting opening order freezes its margin until it fills or is cancelled.

Side codes follow BitMart: in hedge mode 1 opens a long, 2 closes a short, 3 closes a long and
4 opens a short; in one-way mode 1 buys and 4 sells (closing the opposite position first, the
rest opening a new one), 2 and 3 only reduce.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..errors import MockError
from .accounts import ZERO, Account, Wallet
from .futures_contracts import Contract, contract

if TYPE_CHECKING:
    from . import Exchange

MAKER_FEE = Decimal("0.0002")
TAKER_FEE = Decimal("0.0006")
DEFAULT_LEVERAGE = Decimal(10)
LONG, SHORT = 1, 2
_BUYS = (1, 2)


@dataclass
class FuturesOrder:
    """An order of any state (1 approval, 2 working, 4 finished)."""

    order_id: int
    client_order_id: str
    account: Account
    contract: Contract
    side: int
    type: str
    mode: int
    price: Decimal
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

    @property
    def deal_avg_price(self) -> Decimal:
        """Average fill price (zero when nothing filled)."""
        return self.deal_value / self.deal_size if self.deal_size else ZERO


@dataclass
class Position:
    """One side of one contract of an account."""

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
    closed_volume: int = 0
    closed_value: Decimal = ZERO


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


@dataclass
class Transfer:
    """A spot <-> futures transfer."""

    transfer_id: str
    account: Account
    currency: str
    amount: Decimal
    direction: str
    time: int


class FuturesEngine:
    """Every account's futures orders, positions and settings."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
        self.orders: dict[int, FuturesOrder] = {}
        self.positions: dict[tuple[int, str, int], Position] = {}
        self.fills: list[FuturesFill] = []
        self.transfers: list[Transfer] = []
        self.leverage: dict[tuple[int, str], tuple[Decimal, str]] = {}
        self.position_modes: dict[int, str] = {}

    # ---- settings ------------------------------------------------------------------------------
    def position_mode(self, account: Account) -> str:
        """``hedge_mode`` (the default) or ``one_way_mode``."""
        return self.position_modes.get(account.uid, "hedge_mode")

    def set_position_mode(self, account: Account, mode: str) -> None:
        """Switch the position mode; refused (40017) while positions or orders are open."""
        if mode != self.position_mode(account) and (
            self.open_positions(account) or self.open_orders(account)
        ):
            raise MockError(
                40017, "Close every position and cancel every order before switching the position mode"
            )
        self.position_modes[account.uid] = mode

    def leverage_of(self, account: Account, symbol: str) -> tuple[Decimal, str]:
        """The account's (leverage, open type) for ``symbol``; 10x cross until changed."""
        return self.leverage.get((account.uid, contract(symbol).symbol), (DEFAULT_LEVERAGE, "cross"))

    def set_leverage(self, account: Account, symbol: str, leverage: Decimal, open_type: str) -> Contract:
        """Set the leverage and margin type used by the next orders on ``symbol``."""
        found = contract(symbol)
        found.check_leverage(leverage)
        self.leverage[(account.uid, found.symbol)] = (leverage, open_type)
        return found

    # ---- transfers -----------------------------------------------------------------------------
    def transfer(
        self, account: Account, currency: str, amount: Decimal, direction: str, now: int
    ) -> Transfer:
        """Move USDT between the spot and the futures wallet (40027 when the source is short)."""
        if amount <= 0 or amount != amount.quantize(Decimal("0.00000001")):
            raise MockError(40005, f"Transfer vol precision error: {amount}")
        source, target = (
            (account.spot, account.futures)
            if direction == "spot_to_contract"
            else (account.futures, account.spot)
        )
        if source.balance(currency).available < amount:
            raise MockError(
                40027, f"Insufficient balance: {source.balance(currency).available} {currency} available"
            )
        source.debit(currency, amount)
        target.credit(currency, amount)
        record = Transfer(
            str(self.exchange.ids.next("futures-transfer")), account, currency, amount, direction, now
        )
        self.transfers.append(record)
        return record

    # ---- orders --------------------------------------------------------------------------------
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
        now: int,
    ) -> FuturesOrder:
        """Check, fill what can fill at once, and rest the remainder of a limit order."""
        found = contract(symbol)
        found.check_volume(Decimal(size), market=order_type == "market")
        if client_order_id and any(
            o.account is account and o.client_order_id == client_order_id for o in self.orders.values()
        ):
            raise MockError(40011, f"Duplicate client_order_id {client_order_id}")
        default_leverage, default_open = self.leverage_of(account, found.symbol)
        leverage = leverage if leverage is not None else default_leverage
        found.check_leverage(leverage)
        market = self.exchange.futures_market
        best = market.best_ask(found.symbol, now) if side in _BUYS else market.best_bid(found.symbol, now)
        if order_type == "limit":
            if price is None:
                raise MockError(40011, "price is required for a limit order")
            found.check_price(price)
        order = FuturesOrder(
            order_id=self.exchange.ids.next("futures-order") * 13 + 3_000_000_000,
            client_order_id=client_order_id,
            account=account,
            contract=found,
            side=side,
            type=order_type,
            mode=mode,
            price=price if price is not None else best,
            size=size,
            leverage=leverage,
            open_type=open_type or default_open,
            position_mode=self.position_mode(account),
            create_time=now,
            update_time=now,
        )
        self._check_reduce(order)
        crosses = order_type == "market" or (
            price is not None and (price >= best if side in _BUYS else price <= best)
        )
        if crosses and mode == 4:
            order.state = 4  # maker only: refused rather than taking liquidity
        elif crosses:
            self._fill(order, best, size, now)
        elif mode in (2, 3):
            order.state = 4  # FOK / IOC that cannot trade at once
        else:
            self._freeze(order)
        self.orders[order.order_id] = order
        return order

    def cancel(self, order: FuturesOrder, now: int) -> None:
        """Cancel a working order (40036 if it is already final) and release its frozen margin."""
        if order.state == 4:
            raise MockError(40036)
        order.account.futures.unfreeze("USDT", order.frozen)
        order.frozen = ZERO
        order.state = 4
        order.update_time = now

    def order(self, account: Account, order_id: object, symbol: str | None = None) -> FuturesOrder:
        """An order of ``account`` by id (40035 if none)."""
        try:
            found = self.orders.get(int(str(order_id)))
        except ValueError:
            found = None
        if (
            found is None
            or found.account is not account
            or (symbol and found.contract.symbol != symbol.upper())
        ):
            raise MockError(40035, f"The order is not exist: {order_id}")
        return found

    def order_by_client_id(self, account: Account, client_order_id: str) -> FuturesOrder:
        """An order of ``account`` by its client order id (40035 if none)."""
        for found in self.orders.values():
            if found.account is account and found.client_order_id == client_order_id:
                return found
        raise MockError(40035, f"The order is not exist: client_order_id {client_order_id}")

    def open_orders(self, account: Account) -> list[FuturesOrder]:
        """Working orders of ``account``, newest first."""
        return [o for o in self.account_orders(account) if o.state != 4]

    def account_orders(self, account: Account) -> list[FuturesOrder]:
        """Every order of ``account``, newest first."""
        return sorted((o for o in self.orders.values() if o.account is account), key=lambda o: -o.order_id)

    # ---- positions -----------------------------------------------------------------------------
    def open_positions(self, account: Account) -> list[Position]:
        """Positions with a volume, by symbol then long before short."""
        found = [p for p in self.positions.values() if p.account is account and p.volume > 0]
        return sorted(found, key=lambda p: (p.contract.symbol, p.position_type))

    def unrealized(self, position: Position, now: int) -> Decimal:
        """Profit or loss of the position at the mark price."""
        mark = self.exchange.futures_market.mark_price(position.contract.symbol, now)
        direction = 1 if position.position_type == LONG else -1
        return (mark - position.entry_price) * position.volume * position.contract.contract_size * direction

    def _position(
        self, account: Account, found: Contract, position_type: int, order: FuturesOrder
    ) -> Position:
        key = (account.uid, found.symbol, position_type)
        position = self.positions.get(key)
        if position is None or position.volume == 0:
            position = Position(
                account, found, position_type, order.leverage, order.open_type, order.update_time
            )
            self.positions[key] = position
        return position

    # ---- matching ------------------------------------------------------------------------------
    def _legs(self, order: FuturesOrder, volume: int) -> list[tuple[str, int, int]]:
        """(open or close, position type, volume) steps of a fill, per the position mode."""
        account, symbol = order.account, order.contract.symbol
        if order.position_mode == "hedge_mode":
            action, kind = {1: ("open", LONG), 2: ("close", SHORT), 3: ("close", LONG), 4: ("open", SHORT)}[
                order.side
            ]
            return [(action, kind, volume)]
        opposite = SHORT if order.side in _BUYS else LONG
        held = self.positions.get((account.uid, symbol, opposite))
        closing = min(volume, held.volume if held else 0)
        legs = [("close", opposite, closing)] if closing else []
        if order.side in (1, 4) and volume > closing:
            legs.append(("open", LONG if order.side == 1 else SHORT, volume - closing))
        return legs

    def _check_reduce(self, order: FuturesOrder) -> None:
        """A closing or reduce-only order needs a position large enough (40021 / 40020)."""
        closes = order.side in (2, 3)
        if not closes:
            return
        kind = SHORT if order.side == 2 else LONG
        held = self.positions.get((order.account.uid, order.contract.symbol, kind))
        if held is None or held.volume == 0:
            raise MockError(40021)
        if held.volume < order.size:
            raise MockError(40020, f"Your position volume is not enough: {held.volume} contracts held")

    def _freeze(self, order: FuturesOrder) -> None:
        if any(action == "open" for action, _, _ in self._legs(order, order.size)):
            margin = order.price * order.size * order.contract.contract_size / order.leverage
            order.account.futures.freeze("USDT", margin)
            order.frozen = margin

    def _fill(self, order: FuturesOrder, price: Decimal, volume: int, now: int) -> None:
        wallet = order.account.futures
        size = order.contract.contract_size
        fee = price * volume * size * TAKER_FEE
        realized_total = ZERO
        for action, kind, part in self._legs(order, volume):
            position = self._position(order.account, order.contract, kind, order)
            if action == "open":
                margin = price * part * size / order.leverage
                wallet.debit("USDT", margin)
                position.entry_price = (position.entry_price * position.volume + price * part) / (
                    position.volume + part
                )
                position.volume += part
                position.margin += margin
            else:
                direction = 1 if kind == LONG else -1
                realized = (price - position.entry_price) * part * size * direction
                released = position.margin * part / position.volume
                wallet.credit("USDT", released)
                self._settle(wallet, realized)
                position.margin -= released
                position.volume -= part
                position.realized += realized
                position.closed_value += price * part
                position.closed_volume += part
                realized_total += realized
            position.fees += fee * part / volume
        wallet.debit("USDT", fee)
        order.deal_size += volume
        order.deal_value += price * volume
        order.state = 4 if order.deal_size >= order.size else 2
        order.update_time = now
        fill = FuturesFill(
            self.exchange.ids.next("futures-trade"), order, price, volume, fee, realized_total, now
        )
        self.fills.append(fill)
        self.exchange.futures_market.record_trade(
            order.contract.symbol, price, Decimal(volume), "buy" if order.side in _BUYS else "sell", now
        )

    @staticmethod
    def _settle(wallet: Wallet, amount: Decimal) -> None:
        if amount >= 0:
            wallet.credit("USDT", amount)
        else:
            wallet.debit("USDT", -amount)

    def close_all(self, account: Account, now: int) -> int:
        """Close every position at the market; returns how many were closed."""
        closed = 0
        for position in self.open_positions(account):
            side = 3 if position.position_type == LONG else 2  # the reducing side in both modes
            self.place(account, position.contract.symbol, side, "market", position.volume, now=now)
            closed += 1
        return closed


__all__ = ["FuturesEngine", "FuturesFill", "FuturesOrder", "Position", "Transfer"]
