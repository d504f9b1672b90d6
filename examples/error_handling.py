"""What goes wrong, and how each failure reaches you: one exception tree, BitMart's code inside.

Every error derives from ``BitMartError``; answers BitMart refuses raise a ``BitMartAPIError``
subclass with its ``code``, ``message``, ``trace`` (quote it to BitMart's support), the HTTP
status and the operation. Nothing secret is ever in them.

    python examples/error_handling.py
"""

from decimal import Decimal
from os import environ

from bitmart_openapi import (
    AuthenticationError,
    BitMartAPIError,
    BitMartError,
    InsufficientBalanceError,
    InvalidRequestError,
    MissingCredentialsError,
    connect,
    models,
)

from _connection import base_url, credentials

url = base_url()
key, secret, memo = credentials()

with connect(key, secret, memo, base_url=url) as client:
    try:
        client.spot_market.get_spot_ticker(symbol="NOSUCH_COIN")
    except InvalidRequestError as error:  # BitMart says so with HTTP 200 and code 70002
        print(
            f"unknown pair: code {error.code}, HTTP {error.http_status}, {error.message!r}, "
            f"trace {error.trace}"
        )

    whale = models.SpotSubmitOrderRequest(
        symbol="BTC_USDT", side="buy", type_="limit", size=Decimal("50"), price=Decimal("60000")
    )
    try:
        client.spot_trading.submit_spot_order(body=whale)
    except InsufficientBalanceError as error:
        print(f"too big: {error.operation} refused with code {error.code}")

# Keyed operations need credentials: with none given and none in BITMART_API_*, the client
# says so before sending anything.
for variable in ("BITMART_API_KEY", "BITMART_API_SECRET", "BITMART_API_MEMO"):
    environ.pop(variable, None)
with connect(base_url=url) as anonymous:
    try:
        anonymous.spot_account.get_spot_wallet()
    except MissingCredentialsError as error:
        print(f"no key: {error}")

with connect(key, "not-the-secret", memo, base_url=url) as wrong:
    try:
        wrong.spot_trading.get_spot_open_orders()
    except AuthenticationError as error:
        print(f"bad signature: code {error.code}")
    except BitMartAPIError as error:  # any other refusal
        print(f"refused: {error}")
    except BitMartError as error:  # network failures, unexpected answers, configuration
        print(f"failed: {error}")
