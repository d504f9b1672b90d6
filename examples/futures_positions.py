"""Open a small futures position at the market, read the open positions, close it.

python examples/futures_positions.py
"""

from decimal import Decimal

from bitmart_openapi import connect, models

from _connection import base_url, credentials

SYMBOL = "ETHUSDT"

with connect(*credentials(), base_url=base_url()) as client:
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
