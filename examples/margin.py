"""Isolated margin on BTC_USDT: move USDT in, borrow, look at the account, repay, move it out.

python examples/margin.py
"""

from decimal import Decimal

from bitmart_openapi import connect, models

from _connection import base_url, credentials

SYMBOL = "BTC_USDT"

with connect(*credentials(), base_url=base_url(), rate_limit=True) as client:
    margin = client.margin
    for rate in margin.get_margin_borrowing_rates(symbol=SYMBOL).data.symbols:
        print(f"{rate.symbol}: borrow {rate.quote.currency} at {rate.quote.hourly_interest} per hour")

    margin.transfer_margin_asset(
        body=models.MarginTransferRequest(symbol=SYMBOL, currency="USDT", amount=Decimal("200"), side="in")
    )
    borrowed = margin.borrow_margin(
        body=models.MarginBorrowRequest(symbol=SYMBOL, currency="USDT", amount=Decimal("100"))
    )
    print(f"borrowed 100 USDT: {borrowed.data.borrow_id}")

    account = margin.get_margin_accounts(symbol=SYMBOL).data.symbols[0]
    quote = account.quote
    print(
        f"{account.symbol}: risk {account.risk_level}, "
        f"USDT available {quote.available}, borrowed {quote.borrowed}"
    )

    repaid = margin.repay_margin(
        body=models.MarginRepayRequest(symbol=SYMBOL, currency="USDT", amount=Decimal("100"))
    )
    print(f"repaid: {repaid.data.repay_id}")
    left = margin.get_margin_accounts(symbol=SYMBOL).data.symbols[0].quote
    print(f"still owed: {left.borrow_unpaid} USDT and {left.interest_unpaid} interest")
