"""Currencies and their networks, a deposit address, and how much may be withdrawn today.

python examples/deposit_addresses_and_currencies.py [CURRENCY]
"""

import sys

from bitmart_openapi import connect

from _connection import base_url, credentials

currency = sys.argv[1] if len(sys.argv) > 1 else "USDT-TRC20"
with connect(*credentials(), base_url=base_url()) as client:
    funding = client.funding_account
    for entry in funding.get_account_currencies(currencies=currency.split("-")[0]).data.currencies[:6]:
        on_off = {True: "on", False: "off"}
        flags = f"deposit {on_off[entry.deposit_enabled]}, withdraw {on_off[entry.withdraw_enabled]}"
        print(
            f"{entry.currency:<14} {entry.network:<10} {flags}, minimum withdrawal {entry.withdraw_minsize}"
        )

    address = funding.get_deposit_address(currency=currency).data
    memo = f" (memo {address.address_memo})" if address.address_memo else ""
    print(f"deposit {address.currency} on {address.chain} to {address.address}{memo}")

    quota = funding.get_withdraw_quota(currency=currency).data
    print(f"withdraw today: up to {quota.today_available_withdraw_btc} BTC worth, fee {quota.withdraw_fee}")
