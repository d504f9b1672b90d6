"""Place a limit order with your own client order id, find it by that id, cancel it.

A client order id is what makes placing an order safe to retry: the client looks the order up
by it before placing it again, so a lost answer never places a second order.

    python examples/order_with_client_order_id.py
"""

import time
from decimal import Decimal
from os import environ

from bitmart_openapi import connect, models

SYMBOL = "BTC_USDT"

with connect(
    environ.get("BITMART_API_KEY", "mock-key"),
    environ.get("BITMART_API_SECRET", "mock-secret"),
    environ.get("BITMART_API_MEMO", "mock-memo"),
    base_url=environ.get("BITMART_BASE_URL", "http://127.0.0.1:8080") or None,
) as client:
    last = Decimal(client.spot_market.get_spot_ticker(symbol=SYMBOL).data.last)
    price = (last * Decimal("0.9")).quantize(Decimal("0.01"))  # 10 % under the market: it rests
    client_order_id = f"example{int(time.time() * 1000)}"
    order = models.SpotSubmitOrderRequest(
        symbol=SYMBOL,
        side="buy",
        type_="limit",
        size=Decimal("0.0001"),
        price=Decimal(str(price)),
        client_order_id=client_order_id,
    )
    placed = client.spot_trading.submit_spot_order(body=order).data
    print(f"placed order {placed.order_id} ({client_order_id}) at {price}")

    query = models.SpotQueryClientOrderRequest(client_order_id=client_order_id)
    found = client.spot_trading.get_spot_order_by_client_order_id(body=query).data
    print(f"found {found.order_id}: {found.side} {found.size} {found.symbol} @ {found.price}, {found.state}")

    cancel = models.SpotCancelOrderRequest(symbol=SYMBOL, client_order_id=client_order_id)
    print("cancelled" if client.spot_trading.cancel_spot_order(body=cancel).data.result else "not cancelled")
    state = client.spot_trading.get_spot_order_by_client_order_id(body=query).data.state
    print(f"state now: {state}")
