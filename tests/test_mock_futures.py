"""Futures on the mock, through the generated client: money moves from spot to futures, a long
is opened and closed with its margin, fees and PnL adding up, a resting order freezes margin."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_client.api.futures_account import (
    get_futures_assets,
    get_futures_open_orders,
    get_futures_positions,
    get_futures_trades,
    get_spot_futures_transfers,
    transfer_spot_futures,
)
from bitmart_client.api.futures_trading import (
    cancel_futures_order,
    set_futures_leverage,
    submit_futures_order,
)
from bitmart_client.models import (
    FuturesCancelOrderRequest,
    FuturesLeverageSubmitRequest,
    FuturesSubmitOrderRequest,
    FuturesTransferListRequest,
    FuturesTransferRequest,
)
from bitmart_mock import MockApp, MockConfig, MockServer
from bitmart_mock.exchange.futures import TAKER_FEE
from bitmart_mock.exchange.futures_contracts import CONTRACTS
from bitmart_runtime import BitMartAPIError

SIZE = CONTRACTS["BTCUSDT"].contract_size


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(MockApp(MockConfig(rate_limits=False, validate_responses=True))) as running:
        yield running


@pytest.fixture
def client(server: MockServer) -> AuthenticatedClient:
    return connect("mock-key", "mock-secret", "mock-memo", base_url=server.url, retry=None)


def _assets(client: AuthenticatedClient) -> dict[str, Decimal]:
    entry = get_futures_assets.sync(client=client).data[0]
    return {
        k: Decimal(getattr(entry, k))
        for k in ("available_balance", "frozen_balance", "position_deposit", "equity")
    }


def test_transfers_move_usdt_between_spot_and_futures(client: AuthenticatedClient) -> None:
    before = _assets(client)["available_balance"]
    transfer = FuturesTransferRequest(currency="USDT", amount="1500", type_="spot_to_contract")
    assert transfer_spot_futures.sync(client=client, body=transfer).data.amount == "1500"
    assert _assets(client)["available_balance"] == before + 1500
    listed = get_spot_futures_transfers.sync(
        client=client, body=FuturesTransferListRequest(page=1, limit=10)
    ).data
    assert [(r.amount, r.type_) for r in listed.records] == [("1500", "spot_to_contract")]
    too_much = FuturesTransferRequest(currency="USDT", amount="999999", type_="contract_to_spot")
    with pytest.raises(BitMartAPIError) as refused:
        transfer_spot_futures.sync(client=client, body=too_much)
    assert refused.value.code == 40027


def test_open_and_close_a_long_and_the_money_adds_up(client: AuthenticatedClient) -> None:
    set_futures_leverage.sync(
        client=client,
        body=FuturesLeverageSubmitRequest(symbol="BTCUSDT", leverage="20", open_type="isolated"),
    )
    start = _assets(client)
    opened = submit_futures_order.sync(
        client=client, body=FuturesSubmitOrderRequest(symbol="BTCUSDT", side=1, type_="market", size=10)
    ).data
    entry = Decimal(opened.price)
    position = get_futures_positions.sync(client=client, symbol="BTCUSDT").data[0]
    assert (position.current_amount, position.position_type, position.leverage) == ("10", 1, "20")
    margin = entry * 10 * SIZE / 20
    open_fee = entry * 10 * SIZE * TAKER_FEE
    during = _assets(client)
    assert during["position_deposit"] == margin.quantize(Decimal("0.00000001"))
    assert during["available_balance"] == (start["available_balance"] - margin - open_fee).quantize(
        Decimal("0.00000001")
    )

    closed = submit_futures_order.sync(
        client=client, body=FuturesSubmitOrderRequest(symbol="BTCUSDT", side=3, type_="market", size=10)
    ).data
    exit_price = Decimal(closed.price)
    pnl = (exit_price - entry) * 10 * SIZE
    close_fee = exit_price * 10 * SIZE * TAKER_FEE
    after = _assets(client)
    expected = start["available_balance"] + pnl - open_fee - close_fee
    assert abs(after["available_balance"] - expected) < Decimal("0.00000002")
    assert after["position_deposit"] == 0
    assert get_futures_positions.sync(client=client, symbol="BTCUSDT").data == []
    fills = get_futures_trades.sync(client=client, symbol="BTCUSDT").data
    assert sorted(f.side for f in fills) == [1, 3]


def test_a_resting_order_freezes_margin_until_cancelled(client: AuthenticatedClient) -> None:
    start = _assets(client)
    order = FuturesSubmitOrderRequest(
        symbol="BTCUSDT", side=1, type_="limit", price="50000", size=4, leverage="10"
    )
    order_id = submit_futures_order.sync(client=client, body=order).data.order_id
    frozen = Decimal(50000) * 4 * SIZE / 10
    assert _assets(client)["frozen_balance"] == frozen
    assert [o.order_id for o in get_futures_open_orders.sync(client=client).data] == [str(order_id)]
    cancel_futures_order.sync(
        client=client, body=FuturesCancelOrderRequest(symbol="BTCUSDT", order_id=str(order_id))
    )
    assert _assets(client) == start
    with pytest.raises(BitMartAPIError) as again:
        cancel_futures_order.sync(
            client=client, body=FuturesCancelOrderRequest(symbol="BTCUSDT", order_id=str(order_id))
        )
    assert again.value.code == 40036


def test_closing_more_than_held_and_bad_leverage_are_refused(client: AuthenticatedClient) -> None:
    with pytest.raises(BitMartAPIError) as nothing:
        submit_futures_order.sync(
            client=client, body=FuturesSubmitOrderRequest(symbol="BTCUSDT", side=3, type_="market", size=1)
        )
    assert nothing.value.code == 40021
    with pytest.raises(BitMartAPIError) as too_high:
        set_futures_leverage.sync(
            client=client,
            body=FuturesLeverageSubmitRequest(symbol="BTCUSDT", leverage="500", open_type="cross"),
        )
    assert too_high.value.code == 40029
