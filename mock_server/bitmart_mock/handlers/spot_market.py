"""Spot market data, read from the live order books and trades of the spot engine."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..errors import MockError
from ..exchange._common import fmt
from ..exchange.spot_pairs import SpotPair
from . import Call, handler

CURRENCY_NAMES = {"BTC": "Bitcoin", "ETH": "Ethereum", "USDT": "Tether USD", "BMX": "BitMart Token"}


def _price(pair: SpotPair, value: Decimal) -> str:
    return fmt(value, pair.price_places)


def _size(pair: SpotPair, value: Decimal) -> str:
    places = max(0, -pair.size_step.as_tuple().exponent)  # type: ignore[operator]
    return fmt(value, places)


@handler("get_spot_currencies")
def currencies(call: Call) -> dict[str, Any]:
    """Every currency of a listed pair."""
    codes = call.exchange.spot.pairs.currencies()
    return {
        "currencies": [
            {
                "id": code,
                "name": CURRENCY_NAMES.get(code, code),
                "withdraw_enabled": True,
                "deposit_enabled": True,
            }
            for code in codes
        ]
    }


@handler("get_spot_symbols")
def symbols(call: Call) -> dict[str, Any]:
    """Names of the listed pairs."""
    return {"symbols": sorted(call.exchange.spot.pairs.by_symbol)}


@handler("get_spot_symbol_details")
def symbol_details(call: Call) -> dict[str, Any]:
    """Limits of every pair, as the engine enforces them."""
    return {
        "symbols": [
            {
                "symbol": pair.symbol,
                "symbol_id": pair.symbol_id,
                "base_currency": pair.base,
                "quote_currency": pair.quote,
                "quote_increment": str(pair.size_step),
                "base_min_size": str(pair.min_size),
                "base_max_size": str(pair.max_size),
                "price_min_precision": 1,
                "price_max_precision": pair.price_places,
                "expiration": "NA",
                "min_buy_amount": str(pair.min_notional),
                "min_sell_amount": str(pair.min_notional),
                "trade_status": "trading",
                "planned_down_time": "",
            }
            for pair in call.exchange.spot.pairs
        ]
    }


def _ticker_fields(call: Call, symbol: str) -> dict[str, str]:
    spot = call.exchange.spot
    pair = spot.pair(symbol, unknown="quotation_symbol_invalid")
    ticker = call.exchange.spot_market.ticker(pair, spot.books[pair.symbol], call.now)
    sign = "+" if ticker["fluctuation"] >= 0 else ""  # type: ignore[operator]
    return {
        "symbol": pair.symbol,
        "last": _price(pair, ticker["last"]),  # type: ignore[arg-type]
        "v_24h": _size(pair, ticker["v_24h"]),  # type: ignore[arg-type]
        "qv_24h": fmt(ticker["qv_24h"], 2),  # type: ignore[arg-type]
        "open_24h": _price(pair, ticker["open_24h"]),  # type: ignore[arg-type]
        "high_24h": _price(pair, ticker["high_24h"]),  # type: ignore[arg-type]
        "low_24h": _price(pair, ticker["low_24h"]),  # type: ignore[arg-type]
        "fluctuation": sign + fmt(ticker["fluctuation"]),  # type: ignore[arg-type]
        "bid_px": _price(pair, ticker["bid_px"]),  # type: ignore[arg-type]
        "bid_sz": _size(pair, ticker["bid_sz"]),  # type: ignore[arg-type]
        "ask_px": _price(pair, ticker["ask_px"]),  # type: ignore[arg-type]
        "ask_sz": _size(pair, ticker["ask_sz"]),  # type: ignore[arg-type]
        "ts": str(call.now),
    }


_ROW_ORDER = (
    "symbol",
    "last",
    "v_24h",
    "qv_24h",
    "open_24h",
    "high_24h",
    "low_24h",
    "fluctuation",
    "bid_px",
    "bid_sz",
    "ask_px",
    "ask_sz",
    "ts",
)


@handler("get_spot_tickers")
def tickers(call: Call) -> list[list[str]]:
    """One positional row per pair."""
    return [
        [_ticker_fields(call, symbol)[name] for name in _ROW_ORDER]
        for symbol in sorted(call.exchange.spot.pairs.by_symbol)
    ]


@handler("get_spot_ticker")
def ticker(call: Call) -> dict[str, str]:
    """The ticker of one pair (``quotation_symbol_invalid`` for an unknown symbol, with HTTP 200)."""
    return _ticker_fields(call, call.query["symbol"])


def _klines(call: Call) -> list[list[str]]:
    spot = call.exchange.spot
    pair = spot.pair(call.query["symbol"], unknown="quotation_symbol_invalid")
    before, after = call.query.get("before"), call.query.get("after")
    if before is not None and after is not None and after >= before:
        raise MockError("quotation_after_before_invalid")
    candles = call.exchange.spot_market.klines(
        pair.symbol,
        call.query.get("step", 1),
        before * 1000 if before is not None else None,
        after * 1000 if after is not None else None,
        call.query.get("limit", 100),
    )
    return [
        [
            str(c.start // 1000),
            _price(pair, c.open),
            _price(pair, c.high),
            _price(pair, c.low),
            _price(pair, c.close),
            _size(pair, c.volume),
            fmt(c.quote_volume, 2),
        ]
        for c in candles
    ]


handler("get_spot_latest_klines", "get_spot_klines")(_klines)


@handler("get_spot_order_book")
def order_book(call: Call) -> dict[str, Any]:
    """Aggregated levels of the live book."""
    spot = call.exchange.spot
    pair = spot.pair(call.query["symbol"], unknown="quotation_symbol_invalid")
    limit = call.query.get("limit", 35)
    book = spot.books[pair.symbol]
    return {
        "ts": str(call.now),
        "symbol": pair.symbol,
        "asks": [[_price(pair, p), _size(pair, s)] for p, s in book.levels("sell", limit)],
        "bids": [[_price(pair, p), _size(pair, s)] for p, s in book.levels("buy", limit)],
    }


@handler("get_spot_recent_trades")
def recent_trades(call: Call) -> list[list[str]]:
    """The latest public trades, newest first."""
    spot = call.exchange.spot
    pair = spot.pair(call.query["symbol"], unknown="quotation_symbol_invalid")
    trades = list(call.exchange.spot_market.public_trades[pair.symbol])[: call.query.get("limit", 50)]
    return [[pair.symbol, str(t.time), _price(pair, t.price), _size(pair, t.size), t.side] for t in trades]
