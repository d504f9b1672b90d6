"""Open a small futures position at the market, read the open positions, close it.

python examples/futures_positions.py
"""

from decimal import Decimal
from os import environ

from bitmart_openapi import connect, models

SYMBOL = "ETHUSDT"

with connect(
    environ.get("BITMART_API_KEY", "mock-key"),
    environ.get("BITMART_API_SECRET", "mock-secret"),
    environ.get("BITMART_API_MEMO", "mock-memo"),
    base_url=environ.get("BITMART_BASE_URL", "http://127.0.0.1:8080") or None,
) as client:
    # side 1: buy to open a long (hedge mode); size in contracts.
    order = models.FuturesSubmitOrderRequest(
        symbol=SYMBOL, side=1, type_="market", size=2, leverage=Decimal("5"), open_type="isolated"
    )
    print(f"market order {client.futures_trading.submit_futures_order(body=order).data.order_id}")

    for position in client.futures_account.get_futures_positions_v2(symbol=SYMBOL).data:
        if position.current_amount == "0":
            continue  # hedge mode lists both sides
        print(
            f"{position.symbol} {position.position_side}: {position.current_amount} contracts, "
            f"entry {position.entry_price}, mark {position.mark_price}, "
            f"unrealised PnL {position.unrealized_pnl}, "
            f"liquidation {position.liquidation_price}"
        )

    close = models.FuturesCloseAllRequest(contract_type=1, symbol=SYMBOL, position_side="long")
    client.futures_trading.close_all_futures_positions(body=close)
    left = [
        p
        for p in client.futures_account.get_futures_positions_v2(symbol=SYMBOL).data
        if p.current_amount != "0"
    ]
    print(f"open positions on {SYMBOL} after closing: {len(left)}")
