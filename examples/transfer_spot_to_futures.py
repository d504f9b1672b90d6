"""Move USDT from the spot wallet to the futures account and back, and list the transfers.

BitMart allows one such transfer per second or two; ``rate_limit=True`` makes the client wait
for its turn instead of getting a 429 (a transfer is never retried: it could happen twice).

    python examples/transfer_spot_to_futures.py [AMOUNT]
"""

import sys
from decimal import Decimal
from os import environ

from bitmart_openapi import connect, models

amount = sys.argv[1] if len(sys.argv) > 1 else "10"

with connect(
    environ.get("BITMART_API_KEY", "mock-key"),
    environ.get("BITMART_API_SECRET", "mock-secret"),
    environ.get("BITMART_API_MEMO", "mock-memo"),
    base_url=environ.get("BITMART_BASE_URL", "http://127.0.0.1:8080") or None,
    rate_limit=True,
) as client:
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
