"""Every balance of one key: spot wallet, funding account, futures, isolated margin, sub-accounts.

python examples/balances_across_accounts.py
"""

from bitmart_openapi import connect

from _connection import base_url, credentials

with connect(*credentials(), base_url=base_url()) as client:
    print("spot wallet")
    for balance in client.spot_account.get_spot_wallet().data.wallet:
        print(f"  {balance.id:<8} available {balance.available:>22}  frozen {balance.frozen}")

    print("funding account")
    for funds in client.funding_account.get_account_balance().data.wallet:
        print(f"  {funds.currency:<8} available {funds.available:>22}  frozen {funds.frozen}")

    print("futures")
    for asset in client.futures_account.get_futures_assets().data:
        print(f"  {asset.currency:<8} available {asset.available_balance:>22}  equity {asset.equity}")

    print("isolated margin")
    for account in client.margin.get_margin_accounts().data.symbols:
        base, quote = account.base, account.quote
        print(f"  {account.symbol:<10} {base.currency} {base.available}  {quote.currency} {quote.available}")

    print("sub-accounts")
    for sub in client.sub_account.get_sub_accounts().data.sub_account_list:
        wallet = client.sub_account.get_sub_account_spot_wallet(sub_account=sub.account_name).data.wallet
        held = ", ".join(f"{b.available} {b.currency}" for b in wallet) or "empty"
        print(f"  {sub.account_name}: {held}")
