"""The quickstart: one import, a public call and a keyed one.

python -m bitmart_mock --port 8080 &      # or set BITMART_BASE_URL="" and your keys for BitMart
python examples/quickstart.py
"""

from os import environ

from bitmart_openapi import connect

with connect(
    environ.get("BITMART_API_KEY", "mock-key"),
    environ.get("BITMART_API_SECRET", "mock-secret"),
    environ.get("BITMART_API_MEMO", "mock-memo"),
    base_url=environ.get("BITMART_BASE_URL", "http://127.0.0.1:8080") or None,
) as client:
    print("BTC_USDT last price:", client.spot_market.get_spot_ticker(symbol="BTC_USDT").data.last)
    for balance in client.spot_account.get_spot_wallet().data.wallet:
        print(f"{balance.id:<6} {balance.available}")
