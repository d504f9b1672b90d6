"""Place a limit order with your own client order id, find it by that id, cancel it.

A client order id is what makes placing an order safe to retry: the client looks the order up
by it before placing it again, so a lost answer never places a second order.

    python examples/order_with_client_order_id.py
"""

import time
from decimal import Decimal

from bitmart_openapi import connect, models

from _connection import base_url, credentials

SYMBOL = "BTC_USDT"

with connect(*credentials(), base_url=base_url()) as client:
    last = Decimal(client.spot_market.get_spot_ticker(symbol=SYMBOL).data.last)
    price = (last * Decimal("0.9")).quantize(Decimal("0.01"))  # 10 % under the market: it rests
    my_id = f"example{int(time.time() * 1000)}"  # your own id, a new one per order
    order = models.SpotSubmitOrderRequest(
        symbol=SYMBOL, side="buy", type_="limit", size=Decimal("0.0001"), price=price, client_order_id=my_id
    )
    placed = client.spot_trading.submit_spot_order(body=order).data
    print(f"placed order {placed.order_id} ({my_id}) at {price}")

    query = models.SpotQueryClientOrderRequest(client_order_id=my_id)
    found = client.spot_trading.get_spot_order_by_client_order_id(body=query).data
    print(f"found {found.order_id}: {found.side} {found.size} {found.symbol} @ {found.price}, {found.state}")

    cancel = models.SpotCancelOrderRequest(symbol=SYMBOL, client_order_id=my_id)
    print("cancelled" if client.spot_trading.cancel_spot_order(body=cancel).data.result else "not cancelled")
    state = client.spot_trading.get_spot_order_by_client_order_id(body=query).data.state
    print(f"state now: {state}")
