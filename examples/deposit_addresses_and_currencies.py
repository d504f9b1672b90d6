"""Currencies and their networks, a deposit address, and how much may be withdrawn today.

python examples/deposit_addresses_and_currencies.py [CURRENCY]
"""

import sys
from os import environ

from bitmart_openapi import connect

currency = sys.argv[1] if len(sys.argv) > 1 else "USDT-TRC20"
with connect(
    environ.get("BITMART_API_KEY", "mock-key"),
    environ.get("BITMART_API_SECRET", "mock-secret"),
    environ.get("BITMART_API_MEMO", "mock-memo"),
    base_url=environ.get("BITMART_BASE_URL", "http://127.0.0.1:8080") or None,
) as client:
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
