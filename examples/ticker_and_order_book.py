"""The ticker and the top of the order book of one spot pair.

python -m bitmart_mock --port 8080 &      # or set BITMART_BASE_URL="" for BitMart itself
python examples/ticker_and_order_book.py [SYMBOL]
"""

import sys

from bitmart_openapi import connect

from _connection import base_url

symbol = sys.argv[1] if len(sys.argv) > 1 else "BTC_USDT"
# Market data is public: no credentials. BITMART_BASE_URL="" means BitMart's own hosts.
with connect(base_url=base_url()) as client:
    ticker = client.spot_market.get_spot_ticker(symbol=symbol).data
    print(f"{symbol}: last {ticker.last}, 24 h change {ticker.fluctuation}, quote volume {ticker.qv_24h}")

    book = client.spot_market.get_spot_order_book(symbol=symbol, limit=5).data
    print(f"{'bid size':>14} {'bid':>12} | {'ask':<12} {'ask size':<14}")
    for (bid_price, bid_size), (ask_price, ask_size) in zip(book.bids, book.asks, strict=False):
        print(f"{bid_size:>14} {bid_price:>12} | {ask_price:<12} {ask_size:<14}")
