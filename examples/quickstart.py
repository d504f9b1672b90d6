"""The quickstart: one import from the package, a public call and a keyed one.

python -m bitmart_mock --port 8080 &      # or set BITMART_BASE_URL="" and your keys for BitMart
python examples/quickstart.py
"""

from bitmart_openapi import connect

from _connection import base_url, credentials

with connect(*credentials(), base_url=base_url()) as client:
    print("BTC_USDT last price:", client.spot_market.get_spot_ticker(symbol="BTC_USDT").data.last)
    for balance in client.spot_account.get_spot_wallet().data.wallet:
        print(f"{balance.id:<6} {balance.available}")
