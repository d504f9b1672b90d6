"""Spot market: trading pairs, order books, matching, orders, fills, and market data from them.

Matching is price-time priority against the book. A market maker (an internal account with
unlimited funds) seeds every book with twenty levels per side around a deterministic mid price
and tops the book up after trades, so there is always something to trade against. Every fill
moves real balances: the taker's and the user maker's reservations are spent, proceeds are
credited minus the fee, which is charged in the currency received.

Order types: ``limit`` (rests if not filled), ``limit_maker`` (refused as ``failed`` if it would
trade at once), ``ioc`` (unfilled rest cancelled), ``market`` (buys spend ``notional`` quote,
sells sell ``size`` base; unfilled rest cancelled).
"""

from __future__ import annotations

import bisect
import random
from collections import deque
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING

from ..errors import MockError
from .accounts import ZERO, Account, Wallet

if TYPE_CHECKING:
    from . import Exchange

MAKER_FEE = Decimal("0.0008")
TAKER_FEE = Decimal("0.001")
_LEVELS = 20
_KLINE_HISTORY_MINUTES = 1440
OPEN_STATES = ("new", "partially_filled")


@dataclass(frozen=True)
class SpotPair:
    """A trading pair and its order limits."""

    symbol: str
    base: str
    quote: str
    symbol_id: int
    price_places: int
    size_step: Decimal
    min_size: Decimal
    max_size: Decimal
    min_notional: Decimal
    mid: Decimal

    def check_price(self, price: Decimal) -> None:
        """Refuse prices with too many decimals (`spot_invalid`) or non-positive ones
        (`spot_price_below_minimum`)."""
        if price <= 0:
            raise MockError("spot_price_below_minimum", args=(str(Decimal(1).scaleb(-self.price_places)),))
        if price != price.quantize(Decimal(1).scaleb(-self.price_places), rounding=ROUND_DOWN):
            raise MockError(
                "spot_invalid", f"Invalid price: at most {self.price_places} decimal places on {self.symbol}"
            )

    def check_size(self, size: Decimal) -> None:
        """Refuse sizes under the minimum (`spot_size_below_minimum`), over the maximum (`spot_size_above_maximum`) or off the step (`spot_invalid`)."""
        if size < self.min_size:
            raise MockError("spot_size_below_minimum", args=(str(self.min_size),))
        if size > self.max_size:
            raise MockError("spot_size_above_maximum", args=(str(self.max_size),))
        if (size / self.size_step) % 1 != 0:
            raise MockError(
                "spot_invalid", f"Invalid size: must be a multiple of {self.size_step} on {self.symbol}"
            )


PAIRS: tuple[SpotPair, ...] = (
    SpotPair(
        "BTC_USDT",
        "BTC",
        "USDT",
        53,
        2,
        Decimal("0.00001"),
        Decimal("0.00001"),
        Decimal("100"),
        Decimal("5"),
        Decimal("67000"),
    ),
    SpotPair(
        "ETH_USDT",
        "ETH",
        "USDT",
        54,
        2,
        Decimal("0.0001"),
        Decimal("0.0001"),
        Decimal("5000"),
        Decimal("5"),
        Decimal("3500"),
    ),
    SpotPair(
        "BMX_USDT",
        "BMX",
        "USDT",
        60,
        5,
        Decimal("1"),
        Decimal("1"),
        Decimal("10000000"),
        Decimal("1"),
        Decimal("0.35"),
    ),
    SpotPair(
        "ETH_BTC",
        "ETH",
        "BTC",
        71,
        6,
        Decimal("0.001"),
        Decimal("0.001"),
        Decimal("10000"),
        Decimal("0.0001"),
        Decimal("0.052"),
    ),
)


@dataclass
class SpotOrder:
    """An order of any state."""

    order_id: int
    client_order_id: str
    account: Account
    wallet: Wallet
    pair: SpotPair
    side: str
    type: str
    order_mode: str
    price: Decimal | None
    size: Decimal
    notional: Decimal
    create_time: int
    stp_mode: str = "none"
    filled_size: Decimal = ZERO
    filled_notional: Decimal = ZERO
    state: str = "new"
    update_time: int = 0
    cancel_source: str = ""
    frozen: Decimal = ZERO
    """What is still reserved in ``wallet`` for this order (quote for buys, base for sells)."""

    @property
    def remaining(self) -> Decimal:
        """Base size still to fill (market buys by notional report the size they could still buy)."""
        return self.size - self.filled_size

    @property
    def is_open(self) -> bool:
        """Whether the order can still trade or be cancelled."""
        return self.state in OPEN_STATES

    @property
    def average_price(self) -> Decimal:
        """Average fill price, zero when nothing filled."""
        return self.filled_notional / self.filled_size if self.filled_size else ZERO


@dataclass
class SpotFill:
    """One side of a trade, as the account that owns it sees it."""

    trade_id: int
    order: SpotOrder
    price: Decimal
    size: Decimal
    fee: Decimal
    fee_currency: str
    role: str
    time: int

    @property
    def notional(self) -> Decimal:
        """Price times size, in quote currency."""
        return self.price * self.size


@dataclass
class PublicTrade:
    """A trade as the market sees it."""

    time: int
    price: Decimal
    size: Decimal
    side: str


@dataclass
class Candle:
    """One minute of trading."""

    start: int
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: Decimal
    quote_volume: Decimal

    def add(self, price: Decimal, size: Decimal) -> None:
        """Include a trade."""
        self.high, self.low, self.close = max(self.high, price), min(self.low, price), price
        self.volume += size
        self.quote_volume += price * size


@dataclass
class Book:
    """Resting orders of one pair: bids best (highest) first, asks best (lowest) first."""

    bids: list[SpotOrder] = field(default_factory=list)
    asks: list[SpotOrder] = field(default_factory=list)

    def side(self, side: str) -> list[SpotOrder]:
        """The resting orders of ``side``."""
        return self.bids if side == "buy" else self.asks

    def insert(self, order: SpotOrder) -> None:
        """Rest ``order`` behind orders of the same price."""
        orders = self.side(order.side)
        assert order.price is not None
        key = -order.price if order.side == "buy" else order.price
        keys = [-o.price if o.side == "buy" else o.price for o in orders if o.price is not None]
        orders.insert(bisect.bisect_right(keys, key), order)

    def remove(self, order: SpotOrder) -> None:
        """Take ``order`` off the book if it rests there."""
        orders = self.side(order.side)
        if order in orders:
            orders.remove(order)

    def levels(self, side: str, limit: int) -> list[tuple[Decimal, Decimal]]:
        """Aggregated ``(price, size)`` levels, best first."""
        result: list[tuple[Decimal, Decimal]] = []
        for order in self.side(side):
            assert order.price is not None
            if result and result[-1][0] == order.price:
                result[-1] = (order.price, result[-1][1] + order.remaining)
            elif len(result) < limit:
                result.append((order.price, order.remaining))
            else:
                break
        return result


class SpotEngine:
    """Books, orders and trades of every pair."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
        self.pairs = {pair.symbol: pair for pair in PAIRS}
        self.books = {symbol: Book() for symbol in self.pairs}
        self.orders: dict[int, SpotOrder] = {}
        self.by_client_id: dict[tuple[int, str], SpotOrder] = {}
        self.fills: list[SpotFill] = []
        self.public_trades: dict[str, deque[PublicTrade]] = {
            symbol: deque(maxlen=200) for symbol in self.pairs
        }
        self.candles: dict[str, list[Candle]] = {}
        self.maker = Account(1, "market-maker")
        self._random = random.Random(exchange.config.seed)  # noqa: S311 - a reproducible market, not a secret
        now = exchange.now()
        for pair in PAIRS:
            self._seed_history(pair, now)
            self._replenish(pair, now)

    # ---- lookups -------------------------------------------------------------------------------
    def pair(self, symbol: str, *, code: str = "spot_symbol_not_found") -> SpotPair:
        """The pair called ``symbol``, or BitMart's "symbol not found" ``code``."""
        pair = self.pairs.get(symbol.upper()) if isinstance(symbol, str) else None
        if pair is None:
            raise MockError(code)
        return pair

    def order(self, account: Account, order_id: object) -> SpotOrder:
        """An order of ``account`` by id, or `spot_order_not_found` "Order Id not found"."""
        try:
            order = self.orders.get(int(str(order_id)))
        except ValueError:
            order = None
        if order is None or order.account is not account:
            raise MockError("spot_order_not_found")
        return order

    def order_by_client_id(self, account: Account, client_order_id: str) -> SpotOrder:
        """An order of ``account`` by its client order id, or `spot_order_not_found`."""
        order = self.by_client_id.get((account.uid, client_order_id))
        if order is None:
            raise MockError("spot_order_not_found")
        return order

    def account_orders(self, account: Account) -> list[SpotOrder]:
        """Every order of ``account``, newest first."""
        return sorted(
            (o for o in self.orders.values() if o.account is account), key=lambda o: o.order_id, reverse=True
        )

    def account_fills(self, account: Account) -> list[SpotFill]:
        """Every fill of ``account``, newest first."""
        return [fill for fill in reversed(self.fills) if fill.order.account is account]

    # ---- trading -------------------------------------------------------------------------------
    def place(
        self,
        account: Account,
        symbol: str,
        side: str,
        order_type: str,
        *,
        size: Decimal | None = None,
        price: Decimal | None = None,
        notional: Decimal | None = None,
        client_order_id: str = "",
        order_mode: str = "spot",
        stp_mode: str = "none",
        wallet: Wallet | None = None,
    ) -> SpotOrder:
        """Validate, reserve funds, match and (for limit orders) rest a new order."""
        pair = self.pair(symbol)
        now = self.exchange.now()
        wallet = wallet or account.spot
        if client_order_id and (account.uid, client_order_id) in self.by_client_id:
            raise MockError("spot_client_order_id_duplicate")
        size, price, notional = self._check_order(pair, side, order_type, size, price, notional)
        order = SpotOrder(
            order_id=self.exchange.ids.next("spot-order") * 7 + 1_000_000_000,
            client_order_id=client_order_id,
            account=account,
            wallet=wallet,
            pair=pair,
            side=side,
            type=order_type,
            order_mode=order_mode,
            price=price,
            size=size,
            notional=notional,
            create_time=now,
            update_time=now,
            stp_mode=stp_mode,
        )
        self._reserve(order)
        self.orders[order.order_id] = order
        if client_order_id:
            self.by_client_id[(account.uid, client_order_id)] = order
        if order_type == "limit_maker" and self._would_cross(order):
            order.state = "failed"
            self._release(order)
            return order
        self._match(order, now)
        if order.is_open:
            if order_type in ("limit", "limit_maker"):
                self.books[pair.symbol].insert(order)
            else:
                self._finish_unfilled(order, now, source="system")
        self._replenish(pair, now)
        return order

    def check(
        self,
        symbol: str,
        side: str,
        order_type: str,
        *,
        size: Decimal | None,
        price: Decimal | None,
        notional: Decimal | None,
    ) -> None:
        """Refuse an order's terms as ``place`` would, without placing it (for batches)."""
        self._check_order(self.pair(symbol), side, order_type, size, price, notional)

    def _check_order(
        self,
        pair: SpotPair,
        side: str,
        order_type: str,
        size: Decimal | None,
        price: Decimal | None,
        notional: Decimal | None,
    ) -> tuple[Decimal, Decimal | None, Decimal]:
        if order_type in ("limit", "limit_maker", "ioc"):
            if size is None:
                raise MockError("spot_size_required")
            if price is None:
                raise MockError("spot_price_required")
            pair.check_price(price)
            pair.check_size(size)
            if size * price < pair.min_notional:
                raise MockError("spot_notional_below_minimum", args=(str(pair.min_notional),))
            return size, price, size * price
        if side == "buy":
            if notional is None:
                raise MockError("spot_notional_required")
            if notional < pair.min_notional:
                raise MockError("spot_notional_below_minimum", args=(str(pair.min_notional),))
            return ZERO, None, notional
        if size is None:
            raise MockError("spot_size_required")
        pair.check_size(size)
        return size, None, ZERO

    def _reserve(self, order: SpotOrder) -> None:
        if order.side == "buy":
            amount = order.notional
            order.wallet.freeze(order.pair.quote, amount)
        else:
            amount = order.size
            order.wallet.freeze(order.pair.base, amount)
        order.frozen = amount

    def _release(self, order: SpotOrder) -> None:
        currency = order.pair.quote if order.side == "buy" else order.pair.base
        order.wallet.unfreeze(currency, order.frozen)
        order.frozen = ZERO

    def _would_cross(self, order: SpotOrder) -> bool:
        opposite = self.books[order.pair.symbol].side("sell" if order.side == "buy" else "buy")
        if not opposite or order.price is None:
            return False
        best = opposite[0].price
        assert best is not None
        return best <= order.price if order.side == "buy" else best >= order.price

    def _match(self, taker: SpotOrder, now: int) -> None:
        book = self.books[taker.pair.symbol]
        opposite = book.side("sell" if taker.side == "buy" else "buy")
        while opposite and taker.is_open:
            maker = opposite[0]
            assert maker.price is not None
            if taker.price is not None and (
                maker.price > taker.price if taker.side == "buy" else maker.price < taker.price
            ):
                break
            size = min(maker.remaining, self._taker_capacity(taker, maker.price))
            if size <= 0:
                break
            self._trade(taker, maker, maker.price, size, now)
            if not maker.is_open:
                opposite.pop(0)

    def _taker_capacity(self, taker: SpotOrder, price: Decimal) -> Decimal:
        if taker.type == "market" and taker.side == "buy":
            budget = taker.notional - taker.filled_notional
            return (budget / price).quantize(taker.pair.size_step, rounding=ROUND_DOWN)
        return taker.remaining

    def _trade(self, taker: SpotOrder, maker: SpotOrder, price: Decimal, size: Decimal, now: int) -> None:
        notional = price * size
        for order, role in ((taker, "taker"), (maker, "maker")):
            order.filled_size += size
            order.filled_notional += notional
            order.update_time = now
            if order.type == "market" and order.side == "buy":
                done = order.notional - order.filled_notional < price * order.pair.size_step
            else:
                done = order.filled_size >= order.size
            order.state = "filled" if done else "partially_filled"
            if order.account is self.maker:
                continue
            self._settle(order, price, size, role, now)
        self.public_trades[taker.pair.symbol].appendleft(PublicTrade(now, price, size, taker.side))
        self._candle(taker.pair, now).add(price, size)
        if taker.type == "market" and taker.side == "buy" and taker.state == "filled":
            taker.size = taker.filled_size

    def _settle(self, order: SpotOrder, price: Decimal, size: Decimal, role: str, now: int) -> None:
        pair, wallet = order.pair, order.wallet
        rate = TAKER_FEE if role == "taker" else MAKER_FEE
        if order.side == "buy":
            spent = price * size
            wallet.spend_frozen(pair.quote, spent)
            order.frozen -= spent
            fee = size * rate
            wallet.credit(pair.base, size - fee)
            fee_currency = pair.base
        else:
            wallet.spend_frozen(pair.base, size)
            order.frozen -= size
            fee = price * size * rate
            wallet.credit(pair.quote, price * size - fee)
            fee_currency = pair.quote
        if not order.is_open:
            self._release(order)  # a buy filled below its limit gets the difference back
        self.fills.append(
            SpotFill(self.exchange.ids.next("spot-trade"), order, price, size, fee, fee_currency, role, now)
        )

    def _finish_unfilled(self, order: SpotOrder, now: int, *, source: str) -> None:
        order.state = "partially_canceled" if order.filled_size > 0 else "canceled"
        order.cancel_source = source
        order.update_time = now
        self._release(order)

    def cancel(self, order: SpotOrder, *, source: str = "user") -> None:
        """Cancel an open order (`spot_order_already_canceled` if already cancelled, `spot_order_already_completed` if filled)."""
        if order.state in ("canceled", "partially_canceled", "failed"):
            raise MockError("spot_order_already_canceled")
        if order.state == "filled":
            raise MockError("spot_order_already_completed")
        self.books[order.pair.symbol].remove(order)
        self._finish_unfilled(order, self.exchange.now(), source=source)

    # ---- market data ---------------------------------------------------------------------------
    def _seed_history(self, pair: SpotPair, now: int) -> None:
        minute = now // 60_000 * 60_000
        price = pair.mid * Decimal("0.98")
        step = Decimal(1).scaleb(-pair.price_places)
        candles = []
        for index in range(_KLINE_HISTORY_MINUTES):
            start = minute - (_KLINE_HISTORY_MINUTES - index) * 60_000
            drift = (pair.mid - price) / Decimal(max(1, _KLINE_HISTORY_MINUTES - index))
            move = pair.mid * Decimal(self._random.uniform(-0.0015, 0.0015)) + drift
            close = max(step, (price + move).quantize(step))
            high = max(price, close) * Decimal("1.0004")
            low = min(price, close) * Decimal("0.9996")
            volume = (pair.min_size * Decimal(self._random.randint(50, 5000))).quantize(pair.size_step)
            candles.append(
                Candle(
                    start,
                    price,
                    high.quantize(step),
                    low.quantize(step),
                    close,
                    volume,
                    (volume * close).quantize(step),
                )
            )
            price = close
        candles[-1].close = pair.mid
        self.candles[pair.symbol] = candles
        for index in range(30):
            side = "buy" if index % 2 else "sell"
            self.public_trades[pair.symbol].append(
                PublicTrade(now - index * 1500, pair.mid, pair.min_size * (index + 1), side)
            )

    def _candle(self, pair: SpotPair, now: int) -> Candle:
        candles = self.candles[pair.symbol]
        start = now // 60_000 * 60_000
        if candles[-1].start < start:
            last = candles[-1].close
            candles.append(Candle(start, last, last, last, last, ZERO, ZERO))
        return candles[-1]

    def last_price(self, symbol: str) -> Decimal:
        """The price of the latest trade."""
        trades = self.public_trades[symbol]
        return trades[0].price if trades else self.pairs[symbol].mid

    def _replenish(self, pair: SpotPair, now: int) -> None:
        """Keep twenty market-maker levels per side around the last price."""
        book = self.books[pair.symbol]
        anchor = self.last_price(pair.symbol)
        tick = max(
            Decimal(1).scaleb(-pair.price_places),
            (anchor * Decimal("0.0001")).quantize(Decimal(1).scaleb(-pair.price_places)),
        )
        for side, sign in (("sell", 1), ("buy", -1)):
            resting = book.side(side)
            makers = sum(1 for order in resting if order.account is self.maker)
            level = 1
            while makers < _LEVELS:
                price = anchor + sign * tick * level
                level += 1
                if price <= 0 or any(o.price == price for o in resting):
                    continue
                size = (pair.min_size * Decimal(self._random.randint(200, 20000))).quantize(pair.size_step)
                order = SpotOrder(
                    order_id=self.exchange.ids.next("spot-order") * 7 + 1_000_000_000,
                    client_order_id="",
                    account=self.maker,
                    wallet=self.maker.spot,
                    pair=pair,
                    side=side,
                    type="limit",
                    order_mode="spot",
                    price=price,
                    size=size,
                    notional=price * size,
                    create_time=now,
                    update_time=now,
                )
                book.insert(order)
                makers += 1

    def ticker(self, symbol: str, now: int) -> dict[str, Decimal | int | str]:
        """Last price, best bid and ask, and the statistics of the last 24 hours."""
        pair = self.pair(symbol, code="quotation_symbol_invalid")
        day = [c for c in self.candles[pair.symbol] if c.start > now - 86_400_000] or self.candles[
            pair.symbol
        ][-1:]
        book = self.books[pair.symbol]
        (bid_px, bid_sz), (ask_px, ask_sz) = book.levels("buy", 1)[0], book.levels("sell", 1)[0]
        last = self.last_price(pair.symbol)
        open_24h = day[0].open
        return {
            "symbol": pair.symbol,
            "last": last,
            "v_24h": sum((c.volume for c in day), ZERO),
            "qv_24h": sum((c.quote_volume for c in day), ZERO),
            "open_24h": open_24h,
            "high_24h": max(c.high for c in day),
            "low_24h": min(c.low for c in day),
            "fluctuation": ((last - open_24h) / open_24h).quantize(Decimal("0.00001")),
            "bid_px": bid_px,
            "bid_sz": bid_sz,
            "ask_px": ask_px,
            "ask_sz": ask_sz,
            "ts": now,
        }

    def klines(
        self, symbol: str, step_minutes: int, before: int | None, after: int | None, limit: int
    ) -> list[Candle]:
        """Candles of ``step_minutes`` built from the one-minute history; times in milliseconds."""
        minutes = self.candles[symbol]
        width = step_minutes * 60_000
        grouped: dict[int, Candle] = {}
        for candle in minutes:
            start = candle.start // width * width
            bucket = grouped.get(start)
            if bucket is None:
                grouped[start] = Candle(
                    start,
                    candle.open,
                    candle.high,
                    candle.low,
                    candle.close,
                    candle.volume,
                    candle.quote_volume,
                )
            else:
                bucket.high, bucket.low = max(bucket.high, candle.high), min(bucket.low, candle.low)
                bucket.close = candle.close
                bucket.volume += candle.volume
                bucket.quote_volume += candle.quote_volume
        result = [
            c
            for start, c in sorted(grouped.items())
            if (before is None or start < before) and (after is None or start > after)
        ]
        return result[-limit:] if after is None or before is not None else result[:limit]
