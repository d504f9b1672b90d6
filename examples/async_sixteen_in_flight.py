"""Asynchronous calls, 16 in flight at once: four kinds of market data for four pairs.

Each operation has ``.asyncio(...)`` (and ``.asyncio_detailed(...)``); the client keeps one
``httpx.AsyncClient``, which ``async with`` closes. ``rate_limit=True`` keeps each operation
under BitMart's limit however many tasks share the client.

    python examples/async_sixteen_in_flight.py
"""

import asyncio
import time
from collections.abc import Awaitable

from bitmart_openapi import BitMartClient, connect

from _connection import base_url

PAIRS = ("BTC_USDT", "ETH_USDT", "ETH_BTC", "BMX_USDT")


async def timed(name: str, call: Awaitable[object]) -> tuple[str, float]:
    """Await ``call`` and say how long it took."""
    started = time.perf_counter()
    await call
    return name, time.perf_counter() - started


def sixteen_calls(client: BitMartClient) -> list[Awaitable[tuple[str, float]]]:
    """Ticker, order book, recent trades and latest K-lines of each pair: 16 coroutines."""
    market = client.spot_market
    calls: list[Awaitable[tuple[str, float]]] = []
    for pair in PAIRS:
        calls += [
            timed(f"ticker {pair}", market.get_spot_ticker.asyncio(symbol=pair)),
            timed(f"book {pair}", market.get_spot_order_book.asyncio(symbol=pair, limit=20)),
            timed(f"trades {pair}", market.get_spot_recent_trades.asyncio(symbol=pair)),
            timed(f"klines {pair}", market.get_spot_latest_klines.asyncio(symbol=pair, step=15)),
        ]
    return calls


async def main() -> None:
    """Send the 16 calls together and report."""
    async with connect(base_url=base_url(), rate_limit=True) as client:
        started = time.perf_counter()
        results = await asyncio.gather(*sixteen_calls(client))
        elapsed = time.perf_counter() - started
    for name, seconds in sorted(results, key=lambda result: result[1])[-4:]:
        print(f"{name:<18} {seconds * 1000:6.1f} ms")
    print(
        f"(the slowest four) {len(results)} calls in flight together, all answered in {elapsed * 1000:.0f} ms"
    )


asyncio.run(main())
