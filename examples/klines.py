"""Candles: spot K-lines (positional rows) and futures K-lines (named fields) of the last hours.

python examples/klines.py
"""

import time

from bitmart_openapi import connect

from _connection import base_url

with connect(base_url=base_url()) as client:
    # Spot rows are [time, open, high, low, close, volume, quote volume]: strings, exact.
    rows = client.spot_market.get_spot_latest_klines(symbol="BTC_USDT", step=60, limit=6).data
    print("BTC_USDT hourly")
    for opened, open_, high, low, close, volume, _quote_volume in rows:
        print(
            f"  {time.strftime('%H:%M', time.gmtime(int(opened)))}  "
            f"o {open_}  h {high}  l {low}  c {close}  v {volume}"
        )

    now = int(time.time())
    candles = client.futures_market.get_futures_klines(
        symbol="BTCUSDT", step=15, start_time=now - 2 * 3600, end_time=now
    ).data
    print("BTCUSDT perpetual, 15 minutes")
    for candle in candles[-6:]:
        print(
            f"  {time.strftime('%H:%M', time.gmtime(candle.timestamp))}  "
            f"close {candle.close_price}  v {candle.volume}"
        )
