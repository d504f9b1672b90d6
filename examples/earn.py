"""Earn: the flexible savings products, a subscription from the spot wallet, the position, a redemption.

``requestNo`` (20 digits) makes each subscription and redemption idempotent: BitMart executes
a number once.

    python examples/earn.py
"""

import time
from decimal import Decimal

from bitmart_openapi import connect, models

from _connection import base_url, credentials

with connect(*credentials(), base_url=base_url()) as client:
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
