"""Sub-accounts: list them, move USDT from the main account to one and back, read the transfers.

python examples/sub_accounts.py
"""

import time
from decimal import Decimal

from bitmart_openapi import connect, models

from _connection import base_url, credentials

with connect(*credentials(), base_url=base_url(), rate_limit=True) as client:
    subs = client.sub_account
    accounts = subs.get_sub_accounts().data.sub_account_list
    for account in accounts:
        print(f"{account.account_name}: {account.status}")
    name = accounts[0].account_name

    stamp = int(time.time() * 1000)  # requestNo: each transfer is executed once, whatever retries
    there = models.SubAccountSpotMainToSubAsMainRequest(
        request_no=f"to-{stamp}", amount=Decimal("5"), currency="USDT", sub_account=name
    )
    subs.transfer_main_to_sub_spot_as_main(body=there)
    back = models.SubAccountSpotSubToMainAsMainRequest(
        request_no=f"back-{stamp}", amount=Decimal("5"), currency="USDT", sub_account=name
    )
    subs.transfer_sub_to_main_spot_as_main(body=back)

    wallet = subs.get_sub_account_spot_wallet(sub_account=name, currency="USDT").data.wallet
    print(f"{name} holds {', '.join(f'{b.available} {b.currency}' for b in wallet)}")
    history = subs.get_sub_account_spot_transfers_as_main(move_type="spot to spot", n=5).data
    for move in history.history_list:
        print(f"  {move.from_account} -> {move.to_account}: {move.amount} {move.currency}")
