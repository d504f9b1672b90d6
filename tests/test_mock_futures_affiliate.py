"""Affiliate reports on the mock come from the invitees' real futures trading: what a friend of
the demo affiliate trades shows up as volume, fees and a 30 % rebate, and nobody else's does."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal

import pytest
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_client.api.futures_affiliate import (
    check_futures_affiliate_invitee,
    get_futures_affiliate_invitees,
    get_futures_affiliate_rebates,
    get_futures_affiliate_trades,
    get_futures_affiliate_user_rebate,
)
from bitmart_mock import MockApp, MockConfig, MockServer
from bitmart_mock.exchange.affiliate import REBATE_RATE
from bitmart_runtime import BitMartAPIError

FRIEND, STRANGER = 100004, 100003


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(MockApp(MockConfig(rate_limits=False, validate_responses=True))) as running:
        yield running
        assert running.app.violations == []


@pytest.fixture
def client(server: MockServer) -> AuthenticatedClient:
    return connect("mock-key", "mock-secret", "mock-memo", base_url=server.url, retry=None)


def _trade(server: MockServer, account: str, size: int) -> Decimal:
    """A market buy then sell by ``account``; returns the fees it paid."""
    with server.app.lock:
        exchange = server.app.exchange
        trader = exchange.account(account)
        for side in (1, 3):
            exchange.futures.place(trader, "BTCUSDT", side, "market", size, now=exchange.now())
        return sum((f.fee for f in exchange.futures.fills if f.order.account is trader), Decimal(0))


def test_a_friends_trading_earns_the_affiliate_its_rebate(
    client: AuthenticatedClient, server: MockServer
) -> None:
    fees = _trade(server, "friend1@demo.mock", 20)
    _trade(server, "sub1@demo.mock", 5)  # not an invitee: must not count
    now = int(time.time())
    figures = get_futures_affiliate_user_rebate.sync(
        client=client, cid=FRIEND, start_time=now - 3600, end_time=now + 60
    )
    assert figures.code == "1000"
    assert Decimal(figures.data.trading_fee) == fees.quantize(Decimal("0.00000001"))
    assert Decimal(figures.data.rebate) == (fees * REBATE_RATE).quantize(Decimal("0.00000001"))
    rows = get_futures_affiliate_rebates.sync(client=client, page=1, size=10, currency="USDT").data
    assert {r.trade_user_id for r in rows.rebate_detail_page_data} == {100004, 100005}
    assert rows.usdt_rebate_sum == pytest.approx(float(fees * REBATE_RATE))
    fills = get_futures_affiliate_trades.sync(client=client, user_id=FRIEND, type_=1, page=1, size=10).data
    assert sorted(f.way for f in fills.list_) == [1, 3] and all(f.deal_vol == 20 for f in fills.list_)


def test_only_invited_users_are_invitees(client: AuthenticatedClient) -> None:
    assert check_futures_affiliate_invitee.sync(client=client, cid=FRIEND).data.is_invite_user is True
    assert check_futures_affiliate_invitee.sync(client=client, cid=STRANGER).data.is_invite_user is False
    now = int(time.time())
    recent = get_futures_affiliate_invitees.sync(
        client=client, start_time=now - 30 * 86_400, end_time=now, page=1, size=10
    )
    assert [row.cid for row in recent.data.list_] == [100005], (
        "friend1 registered 40 days ago, outside the window"
    )
    with pytest.raises(BitMartAPIError) as too_long:
        get_futures_affiliate_invitees.sync(
            client=client, start_time=now - 61 * 86_400, end_time=now, page=1, size=10
        )
    assert too_long.value.code == 40039
