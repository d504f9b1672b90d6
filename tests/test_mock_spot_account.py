"""The spot wallet and fee rates on the mock, through the generated client: the wallet shows the
real balances (frozen by open orders, moved by fills) and the fee rates are the ones the spot
engine charges. Also the broker rebates (spot host, paid in spot): deterministic daily data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import ROUND_DOWN, Decimal

import pytest
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_client.api.broker import get_broker_rebates
from bitmart_client.api.spot_account import get_spot_basic_fee_rate, get_spot_trade_fee_rate, get_spot_wallet
from bitmart_mock import MockApp, MockConfig, MockCredential, MockServer
from bitmart_mock.exchange.spot_book import OrderTerms, SpotOrder
from bitmart_runtime import BitMartAPIError

SUB = MockCredential("sub-key", "sub-secret", "sub-memo", account="sub1@demo.mock")
START_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z
DAY_S = 86_400


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    config = MockConfig(
        credentials=(MockConfig().credentials[0], SUB),
        rate_limits=False,
        validate_responses=True,
        timestamp_window_ms=10**13,
    )
    with MockServer(MockApp(config, clock=lambda: START_MS)) as running:
        yield running


@pytest.fixture
def client(server: MockServer) -> Iterator[AuthenticatedClient]:
    server.app.reset()
    yield connect("mock-key", "mock-secret", "mock-memo", base_url=server.url, retry=None)
    assert server.app.violations == []


def wallet(client: AuthenticatedClient) -> dict[str, tuple[Decimal, Decimal]]:
    entries = get_spot_wallet.sync(client=client).data.wallet
    return {entry.id: (Decimal(entry.available), Decimal(entry.frozen)) for entry in entries}


def place(
    server: MockServer,
    side: str,
    order_type: str,
    *,
    size: Decimal | None = None,
    price: Decimal | None = None,
    notional: Decimal | None = None,
) -> SpotOrder:
    app = server.app
    with app.lock:
        main = app.exchange.account("main")
        return app.exchange.spot.place(main, "BTC_USDT", OrderTerms(side, order_type, size, price, notional))


# ---- wallet ---------------------------------------------------------------------------------
def test_wallet_shows_the_demo_balances(client: AuthenticatedClient) -> None:
    entries = get_spot_wallet.sync(client=client).data.wallet
    assert [(e.id, e.name, e.available, e.frozen) for e in entries] == [
        ("BMX", "BitMart Token", Decimal(Decimal("10000.00000000")), Decimal(Decimal("0.00000000"))),
        ("BTC", "Bitcoin", Decimal(Decimal("2.00000000")), Decimal(Decimal("0.00000000"))),
        ("ETH", "Ethereum", Decimal(Decimal("30.00000000")), Decimal(Decimal("0.00000000"))),
        ("USDT", "Tether USD", Decimal("100000.00000000"), Decimal("0.00000000")),
    ]


def test_wallet_shows_what_an_open_order_freezes(client: AuthenticatedClient, server: MockServer) -> None:
    placed = place(server, "buy", "limit", size=Decimal("0.1"), price=Decimal(60000))
    assert placed.is_open
    assert wallet(client)["USDT"] == (Decimal(94000), Decimal(6000))


def test_fees_on_a_fill_are_the_reported_rates(client: AuthenticatedClient, server: MockServer) -> None:
    rates = get_spot_trade_fee_rate.sync(client=client, symbol="BTC_USDT").data
    bought = place(server, "buy", "market", notional=Decimal(1000))
    assert bought.state == "filled"
    balances = wallet(client)
    received = bought.filled_size * (1 - Decimal(rates.buy_taker_fee_rate))
    assert balances["BTC"] == (Decimal(2) + received, Decimal(0))
    assert balances["USDT"] == (Decimal(100000) - bought.filled_notional, Decimal(0))
    sold = place(server, "sell", "market", size=Decimal("0.5"))
    fills = [fill for fill in server.app.exchange.spot.fills if fill.order is sold]
    assert len(fills) > 1  # several levels: each fill pays its own fee
    # Each fee is the rate of its fill's notional, cut to the 8 decimals a wallet holds.
    rate = Decimal(rates.sell_taker_fee_rate)
    assert [fill.fee for fill in fills] == [
        (fill.notional * rate).quantize(Decimal("0.00000001"), rounding=ROUND_DOWN) for fill in fills
    ]
    proceeds = sum((fill.notional - fill.fee for fill in fills), Decimal(0))
    assert 0 <= proceeds - sold.filled_notional * (1 - rate) < Decimal("0.00000001") * len(fills)
    assert wallet(client)["USDT"][0] == Decimal(100000) - bought.filled_notional + proceeds


def test_sub_account_sees_its_own_wallet(server: MockServer, client: AuthenticatedClient) -> None:
    sub = connect(SUB.key, SUB.secret, SUB.memo, base_url=server.url, retry=None)
    assert wallet(sub) == {"USDT": (Decimal(1000), Decimal(0))}


# ---- fee rates ------------------------------------------------------------------------------
def test_basic_rates_class_a_matches_every_pair(client: AuthenticatedClient) -> None:
    basic = get_spot_basic_fee_rate.sync(client=client).data
    assert (int(basic.user_rate_type), basic.level) == (0, "LV1")
    for symbol in ("BTC_USDT", "ETH_USDT", "BMX_USDT", "ETH_BTC"):
        pair = get_spot_trade_fee_rate.sync(client=client, symbol=symbol).data
        assert pair.symbol == symbol
        assert pair.buy_taker_fee_rate == pair.sell_taker_fee_rate == basic.taker_fee_rate_a == "0.001"
        assert pair.buy_maker_fee_rate == pair.sell_maker_fee_rate == basic.maker_fee_rate_a == "0.0008"
    assert isinstance(basic.taker_fee_rate_d, str)  # optional since older answers lack it
    assert Decimal(basic.taker_fee_rate_d) > Decimal(basic.taker_fee_rate_a)


def test_trade_fee_rate_of_an_unknown_pair(client: AuthenticatedClient) -> None:
    with pytest.raises(BitMartAPIError) as raised:
        get_spot_trade_fee_rate.sync(client=client, symbol="NOPE_USDT")
    assert raised.value.code == 50001


# ---- broker rebates -------------------------------------------------------------------------
def _rebates(client: AuthenticatedClient, **period: int) -> dict[str, list[tuple[str, Decimal]]]:
    by_day = get_broker_rebates.sync(client=client, **period).data.rebates.additional_properties
    return {day: [(r.currency, Decimal(r.rebate_amount)) for r in entries] for day, entries in by_day.items()}


def test_rebates_default_to_the_last_180_complete_days(client: AuthenticatedClient) -> None:
    rebates = _rebates(client)
    days = sorted(rebates)
    assert days == list(rebates)  # oldest first
    assert 100 < len(days) <= 180
    assert days[-1] <= "2025-12-31"
    assert days[0] >= "2025-07-05"
    for entries in rebates.values():
        assert all(amount > 0 and currency in ("USDT", "BTC", "BMX") for currency, amount in entries)
    assert rebates == _rebates(client)


def test_rebates_of_a_period_are_the_same_days(client: AuthenticatedClient) -> None:
    everything = _rebates(client)
    start = int(datetime(2025, 12, 1, tzinfo=UTC).timestamp())
    december = _rebates(client, start_time=start, end_time=start + 10 * DAY_S - 1)
    assert december
    assert all("2025-12-01" <= day <= "2025-12-10" for day in december)
    assert december == {day: entries for day, entries in everything.items() if day in december}
    assert _rebates(client, start_time=START_MS // 1000 + DAY_S) == {}  # the future has none


def test_rebates_errors_and_non_brokers(client: AuthenticatedClient, server: MockServer) -> None:
    with pytest.raises(BitMartAPIError) as raised:
        get_broker_rebates.sync(client=client, start_time=2, end_time=1)
    assert raised.value.code == 52004
    sub = connect(SUB.key, SUB.secret, SUB.memo, base_url=server.url, retry=None)
    assert _rebates(sub) == {}
