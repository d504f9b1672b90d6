"""Every spot fill of the last 90 days, through BitMart's paging, each once.

``history`` reads how the operation pages from the document (time windows of at most the span
BitMart allows, pages, row caps) and walks the whole range, cutting a window in two where
BitMart would cap it; ``rate_limit=True`` keeps it under the documented limits.

    python examples/paging_trade_history.py [DAYS]
"""

import sys
import time
from collections import defaultdict
from decimal import Decimal

from bitmart_openapi import connect, models
from bitmart_openapi.history import history

from _connection import base_url, credentials

days = int(sys.argv[1]) if len(sys.argv) > 1 else 90

with connect(*credentials(), base_url=base_url(), rate_limit=True) as client:
    if base_url() is not None:
        # Against a mock (not BitMart itself), trade once so that there is something to read.
        order = models.SpotSubmitOrderRequest(
            symbol="BTC_USDT", side="buy", type_="market", notional=Decimal("20")
        )
        client.spot_trading.submit_spot_order(body=order)

    until = int(time.time() * 1000)
    since = until - days * 86_400_000
    volume: defaultdict[str, Decimal] = defaultdict(Decimal)
    fills = 0
    for fill in history(client, "get_spot_account_trades", since, until):
        fills += 1
        volume[fill["symbol"]] += Decimal(fill["notional"])  # records are BitMart's JSON, exact
    print(f"{fills} fills in {days} days")
    for symbol, notional in sorted(volume.items(), key=lambda item: -item[1]):
        print(f"  {symbol:<12} {notional:>16} quote currency")
