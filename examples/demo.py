"""The project's main job, end to end: a local BitMart, the generated client, the signing plugin.

Starts the mock exchange on a free loopback port, connects with its default credential, and
walks through a short trading session, printing each step: server time, a ticker, the spot
balance, a limit order placed below the market, found again by its client order id, cancelled,
and the order history.

    python examples/demo.py            # or: nox -s demo
"""

from __future__ import annotations

import sys
import time
from decimal import Decimal

from bitmart_mock import MockServer
from bitmart_openapi import BitMartError, connect, models

SYMBOL = "BTC_USDT"


def step(title: str) -> None:
    """Print a step heading."""
    print(f"\n== {title}")


def run(base_url: str) -> None:
    """The scenario, against any BitMart-compatible server at ``base_url``."""
    with connect("mock-key", "mock-secret", "mock-memo", base_url=base_url, sync_time=True) as client:
        step("Server time")
        server_time = client.system.get_system_time().data.server_time
        print(
            f"server time {server_time} ms, local clock off by {server_time - int(time.time() * 1000):+d} ms"
        )

        step(f"Ticker {SYMBOL}")
        ticker = client.spot_market.get_spot_ticker(symbol=SYMBOL).data
        print(
            f"last {ticker.last}  bid {ticker.bid_px} x {ticker.bid_sz}  "
            f"ask {ticker.ask_px} x {ticker.ask_sz}"
        )

        step("Spot balance")
        for balance in client.spot_account.get_spot_wallet().data.wallet:
            print(f"{balance.id:>5}  available {balance.available:>20}  frozen {balance.frozen}")

        step("Place a limit buy 5 % below the market")
        price = (Decimal(ticker.last) * Decimal("0.95")).quantize(Decimal("0.01"))
        client_order_id = f"demo{int(time.time())}"
        order = models.SpotSubmitOrderRequest(
            symbol=SYMBOL,
            side="buy",
            type_="limit",
            size=Decimal("0.001"),
            price=Decimal(str(price)),
            client_order_id=client_order_id,
        )
        placed = client.spot_trading.submit_spot_order.detailed(body=order)
        print(f"order {placed.parsed.data.order_id} placed; rate limit {placed.rate_limit}")

        step("Find it by its client order id")
        found = client.spot_trading.get_spot_order_by_client_order_id(
            body=models.SpotQueryClientOrderRequest(client_order_id=client_order_id)
        ).data
        print(f"{found.order_id}  {found.side} {found.size} @ {found.price}  state {found.state}")

        step("Cancel it")
        client.spot_trading.cancel_spot_order(
            body=models.SpotCancelOrderRequest(symbol=SYMBOL, order_id=found.order_id)
        )
        print("cancel accepted")

        step("Order history")
        for item in client.spot_trading.get_spot_order_history(
            body=models.SpotQueryListRequest(symbol=SYMBOL)
        ).data:
            print(f"{item.order_id}  {item.type_:<6} {item.side:<4} {item.size} @ {item.price}  {item.state}")


def main() -> int:
    """Start the mock, run the scenario, stop the mock."""
    with MockServer() as server:
        print(f"mock BitMart on {server.url}")
        try:
            run(server.url)
        except BitMartError as error:
            print(f"failed: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
