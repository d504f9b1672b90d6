"""Futures market data: contract details, the depth, funding rates and open interest.

python examples/futures_market_data.py [SYMBOL]
"""

import sys

from bitmart_openapi import connect

from _connection import base_url

symbol = sys.argv[1] if len(sys.argv) > 1 else "BTCUSDT"
with connect(base_url=base_url()) as client:
    market = client.futures_market
    contract = market.get_futures_contracts(symbol=symbol).data.symbols[0]
    print(
        f"{contract.symbol}: last {contract.last_price}, index {contract.index_price}, "
        f"contract size {contract.contract_size} {contract.base_currency}, "
        f"leverage up to {contract.max_leverage}"
    )

    depth = market.get_futures_depth(symbol=symbol).data
    best_bid, best_ask = (depth.bids or [["-"]])[0][0], (depth.asks or [["-"]])[0][0]
    print(f"best bid {best_bid}, best ask {best_ask}")

    funding = market.get_futures_funding_rate(symbol=symbol).data
    print(f"funding rate {funding.rate_value} now, {funding.expected_rate} expected next")
    for past in market.get_futures_funding_rate_history(symbol=symbol, limit=3).data.list_:
        print(f"  {past.funding_time}: {past.funding_rate}")

    interest = market.get_futures_open_interest(symbol=symbol).data
    print(f"open interest {interest.open_interest} contracts, worth {interest.open_interest_value}")
