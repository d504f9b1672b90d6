"""BitMart's rate-limit headers on each answer: ``.detailed(...)`` returns the whole response.

``response.rate_limit`` parses ``X-BM-RateLimit-Remaining``, ``-Limit`` and ``-Reset``: how many
calls the window allowed, how many are used, and its length. The client's limiter reads
them too, when ``rate_limit=True``.

    python examples/rate_limit_headers.py
"""

from bitmart_openapi import connect

from _connection import base_url, credentials

with connect(*credentials(), base_url=base_url()) as client:
    for _ in range(3):
        response = client.spot_market.get_spot_ticker.detailed(symbol="BTC_USDT")
        status = response.rate_limit
        if status is None:
            print("no rate-limit headers on this answer")
            continue
        print(
            f"HTTP {response.status_code}: {status.used} of {status.limit} used in {status.window} s "
            f"({status.mode}), {status.remaining} left{', exhausted' if status.exhausted else ''}"
        )
    wallet = client.spot_account.get_spot_wallet.detailed()
    print(f"wallet (per key): {wallet.rate_limit}")
