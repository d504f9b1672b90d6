"""Earn: the flexible savings products, a subscription from the spot wallet, the position, a redemption.

``requestNo`` (20 digits) makes each subscription and redemption idempotent: BitMart executes
a number once.

    python examples/earn.py
"""

import time
from decimal import Decimal
from os import environ

from bitmart_openapi import connect, models

with connect(
    environ.get("BITMART_API_KEY", "mock-key"),
    environ.get("BITMART_API_SECRET", "mock-secret"),
    environ.get("BITMART_API_MEMO", "mock-memo"),
    base_url=environ.get("BITMART_BASE_URL", "http://127.0.0.1:8080") or None,
) as client:
    products = client.earn.get_earn_flexible_products(current_page=1, size_page=10).data.list_
    for product in products:
        print(f"product {product.product_id}: {product.coin_name} at {product.apy} APY")
    usdt = next(p for p in products if p.coin_name == "USDT")

    request_no = f"{time.time_ns():020d}"  # 20 digits, unique per request
    subscription = models.SubscribeEarnFlexibleBody(
        product_id=usdt.product_id, amount=Decimal("100"), request_no=request_no
    )
    client.earn.subscribe_earn_flexible(body=subscription)
    print(f"subscribed 100 USDT to product {usdt.product_id}")

    positions = client.earn.get_earn_flexible_positions(
        current_page=1, size_page=10, coin_name="USDT"
    ).data.list_
    for position in positions:
        print(f"position {position.earn_id}: {position.coin_name}, profit so far {position.total_profit}")
    earn_id = next(p.earn_id for p in positions if p.product_id == usdt.product_id)

    redemption = models.RedeemEarnFlexibleBody(
        earn_id=earn_id, amount=Decimal("100"), request_no=f"{time.time_ns():020d}"
    )
    client.earn.redeem_earn_flexible(body=redemption)
    print(f"redeemed 100 USDT from position {earn_id}")
