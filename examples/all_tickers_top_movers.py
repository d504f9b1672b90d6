"""Every spot ticker in one call, sorted by the 24-hour change: the biggest movers.

The rows are positional arrays of exact strings; ``Decimal`` compares them without rounding.

    python examples/all_tickers_top_movers.py
"""

from decimal import Decimal

from bitmart_openapi import connect

from _connection import base_url

with connect(base_url=base_url()) as client:
    rows = client.spot_market.get_spot_tickers().data
    # [symbol, last, v_24h, qv_24h, open_24h, high_24h, low_24h, fluctuation, ts, bid_px, bid_sz, ask...]
    movers = sorted(rows, key=lambda row: Decimal(row[7]), reverse=True)
    print(f"{len(rows)} pairs")
    for row in movers[:5]:
        print(
            f"  {row[0]:<12} last {row[1]:>14}  change {Decimal(row[7]) * 100:+.2f} %  quote volume {row[3]}"
        )
