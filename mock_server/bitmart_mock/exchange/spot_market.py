"""Spot market data: one-minute candles, public trades, tickers and klines of every pair.

A seeded day of history gives every pair a price path ending at its mid price; after that the
data comes from real trades (``record_trade``). The same seed gives the same history.
"""

from __future__ import annotations

import bisect
import random
from collections import deque
from dataclasses import dataclass
from decimal import Decimal

from ._common import DAY_MS, MINUTE_MS
from .accounts import ZERO
from .spot_book import Book
from .spot_pairs import SpotPair, SpotPairs

_KLINE_HISTORY_MINUTES = 1440


@dataclass
class PublicTrade:
    """A trade as the market sees it."""

    time: int
    price: Decimal
    size: Decimal
    side: str


@dataclass
class Candle:
    """One period of trading."""

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

    def merge(self, later: Candle) -> None:
        """Extend this candle by a later one of the same bucket."""
        self.high, self.low = max(self.high, later.high), min(self.low, later.low)
        self.close = later.close
        self.volume += later.volume
        self.quote_volume += later.quote_volume


class SpotMarketData:
    """Candles and public trades of every pair."""

    def __init__(self, pairs: SpotPairs, rng: random.Random) -> None:
        self.pairs = pairs
        self._random = rng
        self.public_trades: dict[str, deque[PublicTrade]] = {p.symbol: deque(maxlen=200) for p in pairs}
        self._built: dict[str, list[Candle]] = {}
        self._unbuilt: dict[str, tuple[SpotPair, int, random.Random]] = {}

    def seed(self, pair: SpotPair, now: int) -> None:
        """Thirty public trades, and a day of one-minute candles ending at the pair's mid price.

        The candles are built when first read: most mock exchanges never show a kline, and a
        day of every pair is most of the cost of starting one. Their random source is drawn
        here, so the order in which pairs are first read changes nothing.
        """
        rng = random.Random(self._random.getrandbits(64))  # noqa: S311 - market noise, not a secret
        self._unbuilt[pair.symbol] = (pair, now, rng)
        for index in range(30):
            side = "buy" if index % 2 else "sell"
            self.public_trades[pair.symbol].append(
                PublicTrade(now - index * 1500, pair.mid, pair.min_size * (index + 1), side)
            )

    def candles(self, symbol: str) -> list[Candle]:
        """The one-minute candles of ``symbol``, oldest first."""
        built = self._built.get(symbol)
        if built is None:
            built = self._built[symbol] = _seeded_day(*self._unbuilt.pop(symbol))
        return built

    def last_price(self, symbol: str) -> Decimal:
        """The price of the latest trade."""
        trades = self.public_trades[symbol]
        return trades[0].price if trades else self.pairs.by_symbol[symbol].mid

    def record_trade(self, pair: SpotPair, price: Decimal, size: Decimal, side: str, now: int) -> None:
        """Add a trade to the public trades and to the candle of its minute.

        A trade older than the latest candle (a seeded history's past) goes where its time
        belongs: into its own minute's candle, and among the public trades only if it is one of
        the latest kept; it never becomes the last price.
        """
        trades, candles = self.public_trades[pair.symbol], self.candles(pair.symbol)
        start = now // MINUTE_MS * MINUTE_MS
        if start < candles[-1].start:
            self._record_past(trades, candles, PublicTrade(now, price, size, side), start)
            return
        trades.appendleft(PublicTrade(now, price, size, side))
        if candles[-1].start < start:
            last = candles[-1].close
            candles.append(Candle(start, last, last, last, last, ZERO, ZERO))
        candles[-1].add(price, size)

    @staticmethod
    def _record_past(
        trades: deque[PublicTrade], candles: list[Candle], trade: PublicTrade, start: int
    ) -> None:
        index = bisect.bisect_left(candles, start, key=lambda candle: candle.start)
        if candles[index].start != start:
            price = trade.price
            candles.insert(index, Candle(start, price, price, price, price, ZERO, ZERO))
        candles[index].add(trade.price, trade.size)
        # Newest first: the trade goes after every later one, and drops out if that is past the end.
        place = sum(1 for kept in trades if kept.time > trade.time)
        if place < len(trades) or len(trades) < (trades.maxlen or 0):
            if len(trades) == trades.maxlen:
                trades.pop()
            trades.insert(place, trade)

    def ticker(self, pair: SpotPair, book: Book, now: int) -> dict[str, Decimal | int | str]:
        """Last price, best bid and ask, and the statistics of the last 24 hours."""
        history = self.candles(pair.symbol)
        day = [c for c in history if c.start > now - DAY_MS] or history[-1:]
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
        width = step_minutes * MINUTE_MS
        grouped: dict[int, Candle] = {}
        for candle in self.candles(symbol):
            start = candle.start // width * width
            bucket = grouped.get(start)
            if bucket is None:
                grouped[start] = Candle(
                    start, candle.open, candle.high, candle.low, candle.close, candle.volume,
                    candle.quote_volume,
                )  # fmt: skip
            else:
                bucket.merge(candle)
        result = [
            c
            for start, c in sorted(grouped.items())
            if (before is None or start < before) and (after is None or start > after)
        ]
        return result[-limit:] if after is None or before is not None else result[:limit]


__all__ = ["Candle", "PublicTrade", "SpotMarketData"]


def _seeded_day(pair: SpotPair, now: int, rng: random.Random) -> list[Candle]:
    """A day of one-minute candles before ``now``, a random walk that ends at the mid price."""
    minute = now // MINUTE_MS * MINUTE_MS
    price = pair.mid * Decimal("0.98")
    step = pair.tick
    candles = []
    for index in range(_KLINE_HISTORY_MINUTES):
        start = minute - (_KLINE_HISTORY_MINUTES - index) * MINUTE_MS
        drift = (pair.mid - price) / Decimal(max(1, _KLINE_HISTORY_MINUTES - index))
        move = pair.mid * Decimal(rng.uniform(-0.0015, 0.0015)) + drift
        close = max(step, (price + move).quantize(step))
        high = (max(price, close) * Decimal("1.0004")).quantize(step)
        low = (min(price, close) * Decimal("0.9996")).quantize(step)
        volume = (pair.min_size * Decimal(rng.randint(50, 5000))).quantize(pair.size_step)
        candles.append(Candle(start, price, high, low, close, volume, (volume * close).quantize(step)))
        price = close
    candles[-1].close = pair.mid
    return candles
