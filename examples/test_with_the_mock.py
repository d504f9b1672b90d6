"""Testing your own code against the mock, with the pytest fixtures the package installs.

``bitmart_mock_client`` is a client of a fresh mock exchange (funded demo accounts, seeded
books) on a free loopback port; ``bitmart_mock_server`` gives the server: its ``url``, and
``app`` to inspect the exchange or inject faults. Needs ``pip install 'bitmart-openapi[mock]'``.

    pytest examples/test_with_the_mock.py
"""

from decimal import Decimal

import pytest
from bitmart_openapi import BitMartClient, InsufficientBalanceError, models


def buy_under_market(client: BitMartClient, symbol: str, quote: Decimal) -> str:
    """The code under test: a limit buy 5 % under the last price, spending ``quote`` USDT."""
    last = Decimal(client.spot_market.get_spot_ticker(symbol=symbol).data.last)
    price = (last * Decimal("0.95")).quantize(Decimal("0.01"))
    size = (quote / price).quantize(Decimal("0.00001"))
    order = models.SpotSubmitOrderRequest(
        symbol=symbol, side="buy", type_="limit", size=Decimal(str(size)), price=Decimal(str(price))
    )
    return client.spot_trading.submit_spot_order(body=order).data.order_id


def test_the_order_rests_on_the_book(bitmart_mock_client: BitMartClient) -> None:
    """A fresh exchange per test: the order is the only one on the book."""
    order_id = buy_under_market(bitmart_mock_client, "BTC_USDT", Decimal(100))
    query = models.SpotQueryOrderRequest(order_id=order_id)
    order = bitmart_mock_client.spot_trading.get_spot_order(body=query).data
    assert order.state == "new"
    assert order.price is not None and order.price * order.size <= 100


def test_more_than_the_balance_is_refused(bitmart_mock_client: BitMartClient) -> None:
    """The mock refuses what BitMart refuses, with BitMart's code."""
    with pytest.raises(InsufficientBalanceError):
        buy_under_market(bitmart_mock_client, "BTC_USDT", Decimal(5_000_000))


if __name__ == "__main__":
    # This file imported the package before pytest could mark it for assertion rewriting.
    quiet = ["-q", "-p", "no:cacheprovider", "-W", "ignore::pytest.PytestAssertRewriteWarning"]
    raise SystemExit(pytest.main([__file__, *quiet]))
