"""Futures market data on the mock agrees with the futures engine: the book starts where market
orders fill, open interest is what accounts hold, candles cover the asked range."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal

import pytest
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_client.api.futures_account import get_futures_trades
from bitmart_client.api.futures_market import (
    get_futures_contracts,
    get_futures_depth,
    get_futures_funding_rate,
    get_futures_klines,
    get_futures_open_interest,
)
from bitmart_client.api.futures_trading import submit_futures_order
from bitmart_client.models import FuturesSubmitOrderRequest
from bitmart_mock import MockApp, MockConfig, MockServer
from bitmart_mock.exchange.futures_contracts import CONTRACTS
from bitmart_runtime import BitMartAPIError

SYMBOL = "BTCUSDT"


@pytest.fixture
def client() -> Iterator[AuthenticatedClient]:
    with MockServer(MockApp(MockConfig(rate_limits=False, validate_responses=True))) as server:
        yield connect("mock-key", "mock-secret", "mock-memo", base_url=server.url, retry=None)
        assert server.app.violations == []


def test_the_book_starts_where_market_orders_fill(client: AuthenticatedClient) -> None:
    book = get_futures_depth.sync(client=client, symbol=SYMBOL).data
    asks, bids = book.asks, book.bids
    assert asks is not None and bids is not None and len(asks) == len(bids) == 50
    assert Decimal(bids[0][0]) < Decimal(asks[0][0])
    assert [Decimal(a[0]) for a in asks] == sorted(Decimal(a[0]) for a in asks)
    assert all(int(level[2]) == sum(int(x[1]) for x in asks[: i + 1]) for i, level in enumerate(asks))
    buy = FuturesSubmitOrderRequest(symbol=SYMBOL, side=1, type_="market", size=1)
    order_id = submit_futures_order.sync(client=client, body=buy).data.order_id
    assert order_id
    fill = get_futures_trades.sync(client=client, symbol=SYMBOL).data[0]
    assert fill.price == Decimal(asks[0][0])


def test_open_interest_is_what_accounts_hold(client: AuthenticatedClient) -> None:
    assert get_futures_open_interest.sync(client=client, symbol=SYMBOL).data.open_interest == Decimal("0")
    buy = FuturesSubmitOrderRequest(symbol=SYMBOL, side=1, type_="market", size=7)
    submit_futures_order.sync(client=client, body=buy)
    assert get_futures_open_interest.sync(client=client, symbol=SYMBOL).data.open_interest == Decimal("7")
    listed = get_futures_contracts.sync(client=client, symbol=SYMBOL).data.symbols[0]
    assert listed.open_interest == Decimal("7") and listed.contract_size == CONTRACTS[SYMBOL].contract_size


def test_candles_cover_the_range_in_their_step(client: AuthenticatedClient) -> None:
    now_s = get_futures_funding_rate.sync(client=client, symbol=SYMBOL).data.timestamp // 1000
    start = now_s - 3600
    candles = get_futures_klines.sync(
        client=client, symbol=SYMBOL, step=15, start_time=start, end_time=now_s
    ).data
    stamps = [c.timestamp for c in candles]
    assert all(b - a == 900 for a, b in itertools.pairwise(stamps)) and 4 <= len(stamps) <= 5
    assert all(start - 900 < t <= now_s for t in stamps)
    with pytest.raises(BitMartAPIError) as reversed_range:
        get_futures_klines.sync(client=client, symbol=SYMBOL, step=15, start_time=now_s, end_time=start)
    assert reversed_range.value.code == 40039
