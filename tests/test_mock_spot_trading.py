"""Spot trading on the mock, through the generated client: the full life of an order, with the
balances, fills, fees and lists adding up at every step, and BitMart's business errors."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_client.api.spot_account import get_spot_wallet
from bitmart_client.api.spot_market import get_spot_order_book, get_spot_ticker
from bitmart_client.api.spot_trading import (
    cancel_spot_order,
    get_spot_account_trades,
    get_spot_algo_open_orders,
    get_spot_algo_order,
    get_spot_open_orders,
    get_spot_order,
    get_spot_order_by_client_order_id,
    get_spot_order_history,
    get_spot_order_trades,
    submit_spot_algo_order,
    submit_spot_batch_orders,
    submit_spot_order,
)
from bitmart_client.models import (
    SpotAlgoQueryListRequest,
    SpotAlgoQueryOrderRequest,
    SpotAlgoSubmitRequest,
    SpotBatchOrderParams,
    SpotBatchOrdersRequest,
    SpotCancelOrderRequest,
    SpotQueryClientOrderRequest,
    SpotQueryListRequest,
    SpotQueryOrderRequest,
    SpotQueryOrderTradesRequest,
    SpotSubmitOrderRequest,
)
from bitmart_client.types import Unset
from bitmart_mock import MockApp, MockConfig, MockServer
from bitmart_mock.exchange.spot import TAKER_FEE
from bitmart_runtime import InvalidRequestError, NotFoundError

SYMBOL = "BTC_USDT"
EIGHT = Decimal("0.00000001")


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(MockApp(MockConfig(rate_limits=False, validate_responses=True))) as running:
        yield running


@pytest.fixture
def client(server: MockServer) -> AuthenticatedClient:
    return connect("mock-key", "mock-secret", "mock-memo", base_url=server.url, retry=None)


def _wallet(client: AuthenticatedClient) -> dict[str, tuple[Decimal, Decimal]]:
    return {
        entry.id: (Decimal(entry.available), Decimal(entry.frozen))
        for entry in get_spot_wallet.sync(client=client).data.wallet
    }


def test_place_partially_fill_query_cancel_and_everything_adds_up(
    client: AuthenticatedClient, server: MockServer
) -> None:
    before = _wallet(client)
    best_ask = get_spot_order_book.sync(client=client, symbol=SYMBOL, limit=1).data.asks[0]
    price, available = Decimal(best_ask[0]), Decimal(best_ask[1])
    size = available + Decimal("0.01")  # more than the best level holds: a partial fill, the rest rests

    order = SpotSubmitOrderRequest(
        symbol=SYMBOL,
        side="buy",
        type_="limit",
        size=Decimal(str(size)),
        price=Decimal(str(price)),
        client_order_id="life1",
    )
    order_id = submit_spot_order.sync(client=client, body=order).data.order_id

    placed = get_spot_order_by_client_order_id.sync(
        client=client, body=SpotQueryClientOrderRequest(client_order_id="life1")
    ).data
    assert placed.order_id == order_id and placed.state == "partially_filled"
    assert Decimal(placed.filled_size) == available and Decimal(placed.price_avg) == price
    fills = get_spot_order_trades.sync(
        client=client, body=SpotQueryOrderTradesRequest(order_id=order_id)
    ).data
    assert sum(Decimal(f.size) for f in fills) == available
    fee = available * TAKER_FEE
    assert all(f.trade_role == "taker" and f.fee_coin_name == "BTC" for f in fills)
    assert sum(Decimal(f.fee) for f in fills) == fee

    during = _wallet(client)
    rest = price * (size - available)
    assert during["USDT"] == ((before["USDT"][0] - price * size).quantize(EIGHT), rest.quantize(EIGHT))
    assert during["BTC"][0] == (before["BTC"][0] + available - fee).quantize(EIGHT)
    open_ids = [
        o.order_id for o in get_spot_open_orders.sync(client=client, body=SpotQueryListRequest()).data
    ]
    assert order_id in open_ids

    assert cancel_spot_order.sync(
        client=client, body=SpotCancelOrderRequest(symbol=SYMBOL, order_id=order_id)
    ).data.result
    cancelled = get_spot_order.sync(client=client, body=SpotQueryOrderRequest(order_id=order_id)).data
    assert (cancelled.state, cancelled.cancel_source) == ("partially_canceled", "user")
    after = _wallet(client)
    assert after["USDT"] == ((before["USDT"][0] - price * available).quantize(EIGHT), Decimal(0))
    assert after["BTC"] == during["BTC"]

    history = get_spot_order_history.sync(client=client, body=SpotQueryListRequest(symbol=SYMBOL)).data
    assert [o.state for o in history if o.order_id == order_id] == ["partially_canceled"]
    assert order_id not in [
        o.order_id for o in get_spot_open_orders.sync(client=client, body=SpotQueryListRequest()).data
    ]
    trades = get_spot_account_trades.sync(client=client, body=SpotQueryListRequest(symbol=SYMBOL)).data
    assert {t.trade_id for t in trades} == {f.trade_id for f in fills}

    with pytest.raises(InvalidRequestError) as again:
        cancel_spot_order.sync(client=client, body=SpotCancelOrderRequest(symbol=SYMBOL, order_id=order_id))
    assert again.value.code == 50030


def test_a_market_buy_spends_its_notional_and_the_ticker_follows(client: AuthenticatedClient) -> None:
    before = _wallet(client)
    order = SpotSubmitOrderRequest(symbol=SYMBOL, side="buy", type_="market", notional=Decimal("500"))
    order_id = submit_spot_order.sync(client=client, body=order).data.order_id
    filled = get_spot_order.sync(client=client, body=SpotQueryOrderRequest(order_id=order_id)).data
    assert filled.state == "filled"
    spent = Decimal(filled.filled_notional)
    assert Decimal("499") < spent <= Decimal("500")
    after = _wallet(client)
    assert after["USDT"][0] == (before["USDT"][0] - spent).quantize(EIGHT)
    bought = Decimal(filled.filled_size)
    assert after["BTC"][0] == (before["BTC"][0] + bought * (1 - TAKER_FEE)).quantize(EIGHT)
    last_fill = get_spot_order_trades.sync(
        client=client, body=SpotQueryOrderTradesRequest(order_id=order_id)
    ).data[0]
    assert get_spot_ticker.sync(client=client, symbol=SYMBOL).data.last == last_fill.price


def test_business_errors_carry_bitmarts_codes(client: AuthenticatedClient) -> None:
    order = SpotSubmitOrderRequest(
        symbol=SYMBOL,
        side="buy",
        type_="limit",
        size=Decimal("0.001"),
        price=Decimal("30000"),
        client_order_id="dup1",
    )
    submit_spot_order.sync(client=client, body=order)
    with pytest.raises(InvalidRequestError) as duplicate:
        submit_spot_order.sync(client=client, body=order)
    assert duplicate.value.code == 50042
    with pytest.raises(NotFoundError) as unknown:
        get_spot_order.sync(client=client, body=SpotQueryOrderRequest(order_id="999"))
    assert unknown.value.code == 50005
    too_big = SpotSubmitOrderRequest(
        symbol=SYMBOL, side="buy", type_="limit", size=Decimal("90"), price=Decimal("60000")
    )
    with pytest.raises(InvalidRequestError) as broke:
        submit_spot_order.sync(client=client, body=too_big)
    assert broke.value.code == 50020  # 5.4 million USDT: more than the wallet holds
    cheap = SpotSubmitOrderRequest(
        symbol=SYMBOL, side="buy", type_="limit", size=Decimal("0.00001"), price=Decimal("100")
    )
    with pytest.raises(InvalidRequestError) as small:
        submit_spot_order.sync(client=client, body=cheap)
    assert small.value.code == 50009


def test_a_batch_is_all_or_nothing(client: AuthenticatedClient) -> None:
    good = SpotBatchOrderParams(side="buy", type_="limit", size=Decimal("0.001"), price=Decimal("30000"))
    bad = SpotBatchOrderParams(side="buy", type_="limit", size=Decimal("0.001"))  # no price
    with pytest.raises(InvalidRequestError):
        submit_spot_batch_orders.sync(
            client=client, body=SpotBatchOrdersRequest(symbol=SYMBOL, order_params=[good, bad])
        )
    assert get_spot_open_orders.sync(client=client, body=SpotQueryListRequest()).data == []
    placed = submit_spot_batch_orders.sync(
        client=client, body=SpotBatchOrdersRequest(symbol=SYMBOL, order_params=[good, good])
    ).data
    assert not isinstance(placed.data, Unset)
    assert len(placed.data.order_ids) == 2
    assert len(get_spot_open_orders.sync(client=client, body=SpotQueryListRequest()).data) == 2


def test_an_algo_order_fires_when_the_market_reaches_its_trigger(
    client: AuthenticatedClient, server: MockServer
) -> None:
    last = Decimal(get_spot_ticker.sync(client=client, symbol=SYMBOL).data.last)
    trigger = last + 20
    algo = SpotAlgoSubmitRequest(
        symbol=SYMBOL,
        side="sell",
        type_="trigger",
        trigger_price=Decimal(str(trigger)),
        trigger_type="market",
        size=Decimal("0.001"),
    )
    algo_id = submit_spot_algo_order.sync(client=client, body=algo).data.order_id
    waiting = get_spot_algo_open_orders.sync(client=client, body=SpotAlgoQueryListRequest()).data
    assert [o.order_id for o in waiting] == [algo_id]
    # A large market buy lifts the offers past the trigger: the last price reaches it.
    lift = SpotSubmitOrderRequest(symbol=SYMBOL, side="buy", type_="market", notional=Decimal("40000"))
    submit_spot_order.sync(client=client, body=lift)
    lifted = Decimal(get_spot_ticker.sync(client=client, symbol=SYMBOL).data.last)
    fired = get_spot_algo_order.sync(client=client, body=SpotAlgoQueryOrderRequest(order_id=algo_id)).data
    assert fired.state == ("triggered" if lifted >= trigger else "new")
    assert lifted >= trigger, "the market buy must have moved the price past the trigger"
