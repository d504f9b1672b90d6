"""Futures market data, consistent with the prices the futures engine trades at.

The book is built outward from ``futures_market.best_bid`` / ``best_ask`` (what market orders
fill at), candles and public trades sit at ``last_price``, and open interest is the volume the
mock's accounts actually hold. Sizes are deterministic per contract, level and minute.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any

from ..exchange._common import HOUR_MS, fmt
from ..exchange.futures_contracts import CONTRACTS, Contract, contract
from ..exchange.futures_types import PositionType
from . import Call, handler
from ._windows import WindowRule, window

_DEPTH_LEVELS = 50
_MAX_CANDLES = 500
_FUNDING_CAP = Decimal("0.0075")
_CANDLES = WindowRule(
    "start_time",
    "end_time",
    reversed="futures_timestamp_invalid",
    seconds=True,
    message="The timestamp is invalid: end_time is before start_time",
)
_BRACKET_CAPS = (Decimal(50_000), Decimal(250_000), Decimal(1_000_000), Decimal(5_000_000))


def _size(*parts: object) -> int:
    """A deterministic size between 1 and 2000 contracts for ``parts``."""
    digest = hashlib.sha256(":".join(map(str, parts)).encode()).digest()
    return 1 + int.from_bytes(digest[:4], "big") % 2000


def _last(call: Call, found: Contract) -> Decimal:
    return call.exchange.futures_market.last_price(found.symbol, call.now)


def _open_interest(call: Call, found: Contract) -> Decimal:
    """Contracts held by every account of the mock on ``found`` (longs; shorts mirror them)."""
    positions = call.exchange.futures_positions.all_open()
    return Decimal(
        sum(p.volume for p in positions if p.contract is found and p.position_type == PositionType.LONG)
    )


def _next_funding(call: Call, found: Contract) -> int:
    interval = found.funding_interval_hours * HOUR_MS
    return (call.now // interval + 1) * interval


@handler("get_futures_contracts")
def contracts(call: Call) -> dict[str, Any]:
    """Every listed contract (or one) with its terms and 24-hour figures."""
    symbol = call.query.get("symbol")
    found = [contract(symbol)] if symbol is not None else list(CONTRACTS.values())
    return {"symbols": [_contract_view(call, c) for c in found]}


def _contract_view(call: Call, found: Contract) -> dict[str, Any]:
    last = _last(call, found)
    interest = _open_interest(call, found)
    volume = Decimal(_size(found.symbol, "volume", call.now // 86_400_000) * 100)
    return {
        "symbol": found.symbol,
        "product_type": 1,
        "open_timestamp": 1_594_080_000_000,
        "expire_timestamp": 0,
        "settle_timestamp": 0,
        "base_currency": found.base,
        "quote_currency": found.quote,
        "last_price": fmt(last),
        "volume_24h": fmt(volume),
        "turnover_24h": fmt(volume * found.contract_size * last),
        "index_price": fmt(found.index_price),
        "index_name": f"{found.base}{found.quote}",
        "contract_size": fmt(found.contract_size),
        "min_leverage": fmt(found.min_leverage),
        "max_leverage": fmt(found.max_leverage),
        "price_precision": fmt(found.price_precision),
        "vol_precision": fmt(found.vol_precision),
        "max_volume": fmt(found.max_volume),
        "market_max_volume": fmt(found.market_max_volume),
        "min_volume": fmt(found.min_volume),
        "funding_rate": fmt(found.funding_rate),
        "expected_funding_rate": fmt(found.funding_rate),
        "open_interest": fmt(interest),
        "open_interest_value": fmt(interest * found.contract_size * last),
        "high_24h": fmt(last),
        "low_24h": fmt(last),
        "change_24h": "0",
        "funding_interval_hours": found.funding_interval_hours,
        "funding_time": _next_funding(call, found),
        "status": "Trading",
        "delist_time": 0,
    }


@handler("get_futures_depth")
def depth(call: Call) -> dict[str, Any]:
    """Fifty levels a side, one tick apart from the prices market orders fill at."""
    found = contract(call.query["symbol"])
    market, minute = call.exchange.futures_market, call.now // 60_000
    sides = {
        "asks": (market.best_ask(found.symbol, call.now), 1),
        "bids": (market.best_bid(found.symbol, call.now), -1),
    }
    book: dict[str, Any] = {"symbol": found.symbol, "timestamp": call.now}
    for name, (best, direction) in sides.items():
        levels, total = [], 0
        for index in range(_DEPTH_LEVELS):
            price = best + direction * found.price_precision * index
            if price <= 0:
                break
            size = _size(found.symbol, name, index, minute)
            total += size
            levels.append([fmt(price), str(size), str(total)])
        book[name] = levels
    return book


@handler("get_futures_open_interest")
def open_interest(call: Call) -> dict[str, Any]:
    """What the mock's accounts hold on the contract, in contracts and in USDT."""
    found = contract(call.query["symbol"])
    interest = _open_interest(call, found)
    return {
        "timestamp": call.now,
        "symbol": found.symbol,
        "open_interest": fmt(interest),
        "open_interest_value": fmt(interest * found.contract_size * _last(call, found)),
    }


def _funding_view(call: Call, found: Contract) -> dict[str, Any]:
    return {
        "timestamp": call.now,
        "symbol": found.symbol,
        "rate_value": fmt(found.funding_rate),
        "expected_rate": fmt(found.funding_rate),
        "funding_time": _next_funding(call, found),
        "funding_upper_limit": fmt(_FUNDING_CAP),
        "funding_lower_limit": fmt(-_FUNDING_CAP),
    }


@handler("get_futures_funding_rate")
def funding_rate(call: Call) -> dict[str, Any]:
    """The current and expected funding rate of one contract."""
    return _funding_view(call, contract(call.query["symbol"]))


@handler("get_futures_funding_rates")
def funding_rates(call: Call) -> dict[str, Any]:
    """The funding rates of every contract (or one)."""
    symbol = call.query.get("symbol")
    found = [contract(symbol)] if symbol is not None else list(CONTRACTS.values())
    return {"list": [_funding_view(call, c) for c in found]}


@handler("get_futures_funding_rate_history")
def funding_history(call: Call) -> dict[str, Any]:
    """Past settlements, newest first, one per funding interval."""
    found = contract(call.query["symbol"])
    interval = found.funding_interval_hours * HOUR_MS
    last_settlement = call.now // interval * interval
    count = int(call.query.get("limit", 100))
    return {
        "list": [
            {
                "symbol": found.symbol,
                "funding_rate": fmt(found.funding_rate),
                "funding_time": str(last_settlement - i * interval),
            }
            for i in range(count)
        ]
    }


def _candles(call: Call, mark: bool) -> list[dict[str, Any]]:
    """Candles of ``step`` minutes between ``start_time`` and ``end_time`` (seconds), at most 500."""
    query = call.query
    found = contract(query["symbol"])
    step = int(query.get("step", 1)) * 60
    window(_CANDLES, query, call.now)
    start, end = int(query["start_time"]), int(query["end_time"])
    market = call.exchange.futures_market
    first = max(start // step * step, end // step * step - (_MAX_CANDLES - 1) * step)
    candles = []
    for opened in range(first, min(end, call.now // 1000) + 1, step):
        price = (
            market.mark_price(found.symbol, opened * 1000)
            if mark
            else market.last_price(found.symbol, opened * 1000)
        )
        volume = 0 if mark else _size(found.symbol, "kline", opened)
        candles.append(
            {
                "timestamp": opened,
                "open_price": fmt(price),
                "close_price": fmt(price),
                "high_price": fmt(price),
                "low_price": fmt(price),
                "volume": str(volume),
            }
        )
    return candles


@handler("get_futures_klines")
def klines(call: Call) -> list[dict[str, Any]]:
    """Last-price candles."""
    return _candles(call, mark=False)


@handler("get_futures_mark_price_klines")
def mark_klines(call: Call) -> list[dict[str, Any]]:
    """Mark-price candles (no volume)."""
    return _candles(call, mark=True)


@handler("get_futures_leverage_brackets")
def leverage_brackets(call: Call) -> dict[str, Any]:
    """Risk brackets: the larger the position, the lower the leverage and the higher the margin."""
    symbol = call.query.get("symbol")
    found = [contract(symbol)] if symbol is not None else list(CONTRACTS.values())
    rules = []
    for item in found:
        brackets, floor, cum = [], Decimal(0), Decimal(0)
        for index, cap in enumerate(_BRACKET_CAPS):
            leverage = max(int(item.max_leverage) >> index, 1)
            ratio = item.maintenance_margin_rate * (index + 1)
            if index:
                cum += floor * (ratio - item.maintenance_margin_rate * index)
            brackets.append(
                {
                    "bracket": index + 1,
                    "initial_leverage": leverage,
                    "notional_cap": fmt(cap),
                    "notional_floor": fmt(floor),
                    "maint_margin_ratio": fmt(ratio),
                    "cum": fmt(cum),
                }
            )
            floor = cap
        rules.append({"symbol": item.symbol, "brackets": brackets})
    return {"rules": rules}


@handler("get_futures_market_trades")
def market_trades(call: Call) -> list[dict[str, Any]]:
    """Recent public trades at the last price, newest first, one every few seconds."""
    found = contract(call.query["symbol"])
    last = _last(call, found)
    trades = []
    for index in range(int(call.query.get("limit", 50))):
        time = call.now - index * 3_000
        quantity = _size(found.symbol, "trade", time // 3_000)
        trades.append(
            {
                "symbol": found.symbol,
                "price": fmt(last),
                "qty": str(quantity),
                "quote_qty": fmt(quantity * found.contract_size * last),
                "time": time,
                "is_buyer_maker": quantity % 2 == 0,
            }
        )
    return trades
