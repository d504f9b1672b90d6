"""Move USDT from the spot wallet to the futures account and back, and list the transfers.

BitMart allows one such transfer per second or two; ``rate_limit=True`` makes the client wait
for its turn instead of getting a 429 (a transfer is never retried: it could happen twice).

    python examples/transfer_spot_to_futures.py [AMOUNT]
"""

import sys
from decimal import Decimal

from bitmart_openapi import connect, models

from _connection import base_url, credentials

amount = sys.argv[1] if len(sys.argv) > 1 else "10"

with connect(*credentials(), base_url=base_url(), rate_limit=True) as client:
    futures = client.futures_account
    for direction in ("spot_to_contract", "contract_to_spot"):
        request = models.FuturesTransferRequest(currency="USDT", amount=Decimal(amount), type_=direction)
        done = futures.transfer_spot_futures(body=request).data
        print(f"{direction}: {done.amount} {done.currency}")

    history = futures.get_spot_futures_transfers(
        body=models.FuturesTransferListRequest(page=1, limit=10)
    ).data
    for record in history.records:
        print(
            f"  {record.transfer_id}  {record.type_:<18} {record.amount:>10} {record.currency}  "
            f"{record.state}"
        )
