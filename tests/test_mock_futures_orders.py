"""Futures orders, positions and account queries on the mock, through the generated client.

Prices are pinned by the test (``Prices``: a mid per contract, one tick of spread each side), so
fills, margin, fees and PnL can be computed to the last digit and compared with what the mock
reports: positions, assets, fills and the fund flows of the transaction history must add up.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

import pytest
from bitmart_client import AuthenticatedClient
from bitmart_client.api.futures_account import (
    get_futures_assets,
    get_futures_open_orders,
    get_futures_order,
    get_futures_order_history,
    get_futures_position_mode,
    get_futures_position_risk,
    get_futures_positions,
    get_futures_positions_v2,
    get_futures_trade_fee_rate,
    get_futures_trades,
    get_futures_transaction_history,
)
from bitmart_client.api.futures_trading import (
    cancel_all_futures_orders,
    cancel_futures_order,
    claim_futures_demo_funds,
    close_all_futures_positions,
    modify_futures_limit_order,
    set_futures_cancel_all_after,
    set_futures_leverage,
    set_futures_position_mode,
    submit_futures_order,
)
from bitmart_client.models import (
    FuturesCancelAllAfterRequest,
    FuturesCancelAllOrdersRequest,
    FuturesCancelOrderRequest,
    FuturesCloseAllRequest,
    FuturesLeverageSubmitRequest,
    FuturesModifyLimitOrderRequest,
    FuturesSetPositionModeRequest,
    FuturesSubmitOrderRequest,
)
from bitmart_mock import MockServer
from bitmart_mock.exchange.futures_contracts import CONTRACTS
from bitmart_mock.exchange.futures_flows import CLAIM_AMOUNT
from bitmart_mock.exchange.futures_settings import MAKER_FEE, TAKER_FEE
from bitmart_runtime import BitMartAPIError
from exchange_clock import START_MS, ExchangeClock, clocked_client
from mock_money_checks import assert_every_amount_is_within_precision

BTC = CONTRACTS["BTCUSDT"]
SIZE = BTC.contract_size
TICK = BTC.price_precision
START_USDT = Decimal(50000)


class Prices:
    """Pinned futures prices: ``mid`` is the mark and last price, the book one tick around it."""

    def __init__(self, server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
        self.mid = {symbol: c.index_price for symbol, c in CONTRACTS.items()}
        market = server.app.exchange.futures_market
        monkeypatch.setattr(market, "mark_price", lambda symbol, now: self.mid[symbol.upper()])
        monkeypatch.setattr(market, "last_price", lambda symbol, now: self.mid[symbol.upper()])
        monkeypatch.setattr(market, "best_bid", lambda symbol, now: self.bid(symbol.upper()))
        monkeypatch.setattr(market, "best_ask", lambda symbol, now: self.ask(symbol.upper()))

    def bid(self, symbol: str = "BTCUSDT") -> Decimal:
        """What a market sell fills at."""
        return self.mid[symbol] - CONTRACTS[symbol].price_precision

    def ask(self, symbol: str = "BTCUSDT") -> Decimal:
        """What a market buy fills at."""
        return self.mid[symbol] + CONTRACTS[symbol].price_precision


@pytest.fixture
def prices(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> Prices:
    return Prices(server, monkeypatch)


@pytest.fixture
def client(server: MockServer, clock: ExchangeClock, prices: Prices) -> AuthenticatedClient:
    return clocked_client(server, clock)


def _assets(client: AuthenticatedClient) -> dict[str, Decimal]:
    entry = get_futures_assets.sync(client=client).data[0]
    assert entry.currency == "USDT"
    return {
        name: Decimal(getattr(entry, name))
        for name in ("available_balance", "frozen_balance", "position_deposit", "equity", "unrealized")
    }


def _order(client: AuthenticatedClient, **fields: object) -> int:
    body = FuturesSubmitOrderRequest.from_dict({"symbol": "BTCUSDT", **fields})
    return submit_futures_order.sync(client=client, body=body).data.order_id


def _code(error: pytest.ExceptionInfo[BitMartAPIError]) -> int | None:
    return error.value.code


def _flows(client: AuthenticatedClient, flow_type: int = 0) -> list[Decimal]:
    rows = get_futures_transaction_history.sync(client=client, flow_type=flow_type).data  # type: ignore[arg-type]
    return [Decimal(row.amount) for row in rows]


# ---- a long from open to close ------------------------------------------------------------------
def test_a_market_long_is_opened_and_closed_and_every_figure_adds_up(
    client: AuthenticatedClient, prices: Prices
) -> None:
    set_futures_leverage.sync(
        client=client,
        body=FuturesLeverageSubmitRequest(symbol="BTCUSDT", leverage=Decimal("20"), open_type="isolated"),
    )
    prices.mid["BTCUSDT"] = Decimal(60000)
    entry = prices.ask()
    order_id = _order(client, side=1, type="market", size=10, leverage="20", open_type="isolated")

    margin = entry * 10 * SIZE / 20
    open_fee = entry * 10 * SIZE * TAKER_FEE
    order = get_futures_order.sync(client=client, symbol="BTCUSDT", order_id=str(order_id)).data
    assert (order.state, order.deal_size, Decimal(order.deal_avg_price), order.price) == (
        4,
        Decimal("10"),
        entry,
        Decimal("0"),
    )
    position = get_futures_positions.sync(client=client, symbol="BTCUSDT").data[0]
    assert (position.current_amount, position.position_type, position.leverage) == (
        Decimal("10"),
        1,
        Decimal("20"),
    )
    assert (position.margin_type, Decimal(position.entry_price)) == ("Isolated", entry)
    assert Decimal(position.position_cross) == margin
    assert Decimal(position.realized_value) == -open_fee  # BitMart counts the fees in the realised PnL

    # The market rises 1000: the long gains at the mark price.
    prices.mid["BTCUSDT"] = Decimal(61000)
    unrealized = (Decimal(61000) - entry) * 10 * SIZE
    during = _assets(client)
    assert during == {
        "available_balance": START_USDT - margin - open_fee,
        "frozen_balance": Decimal(0),
        "position_deposit": margin,
        "equity": START_USDT - open_fee + unrealized,
        "unrealized": unrealized,
    }
    risk = get_futures_position_risk.sync(client=client, symbol="BTCUSDT").data[0]
    assert (risk.position_amt, risk.position_side, risk.margin_type) == (Decimal("10"), "Long", "Isolated")
    assert Decimal(risk.isolated_margin) == margin and Decimal(risk.notional) == Decimal(61000) * 10 * SIZE
    assert Decimal(risk.liquidation_price) < entry

    exit_price = prices.bid()
    _order(client, side=3, type="market", size=10)
    pnl = (exit_price - entry) * 10 * SIZE
    close_fee = exit_price * 10 * SIZE * TAKER_FEE
    after = _assets(client)
    assert after["available_balance"] == START_USDT + pnl - open_fee - close_fee
    assert after["position_deposit"] == after["unrealized"] == 0
    assert get_futures_positions.sync(client=client).data == []

    fills = get_futures_trades.sync(client=client, symbol="BTCUSDT").data
    assert [(f.side, f.exec_type, f.profit) for f in fills] == [(3, "Taker", True), (1, "Taker", False)]
    assert [Decimal(f.realised_profit) for f in fills] == [pnl, 0]
    assert [Decimal(f.paid_fees) for f in fills] == [close_fee, open_fee]
    # The fund flows explain the whole change of the balance.
    assert _flows(client, 4) == [-close_fee, -open_fee]
    assert _flows(client, 2) == [pnl]
    assert sum(_flows(client)) == after["available_balance"] - START_USDT


def test_fee_rates_are_the_ones_charged(client: AuthenticatedClient) -> None:
    rates = get_futures_trade_fee_rate.sync(client=client, symbol="ETHUSDT").data
    assert (Decimal(rates.maker_fee_rate), Decimal(rates.taker_fee_rate)) == (MAKER_FEE, TAKER_FEE)
    with pytest.raises(BitMartAPIError) as unknown:
        get_futures_trade_fee_rate.sync(client=client, symbol="NOPEUSDT")
    assert _code(unknown) == 40034


# ---- resting orders -------------------------------------------------------------------------------
def test_a_resting_limit_order_freezes_margin_until_cancelled(client: AuthenticatedClient) -> None:
    start = _assets(client)
    order_id = _order(client, side=1, type="limit", price="50000", size=4, leverage="10", open_type="cross")
    assert _assets(client)["frozen_balance"] == Decimal(50000) * 4 * SIZE / 10
    assert _assets(client)["available_balance"] == start["available_balance"] - 20
    listed = get_futures_open_orders.sync(client=client, symbol="BTCUSDT").data
    assert [(o.order_id, o.state, o.deal_size) for o in listed] == [(str(order_id), 2, Decimal("0"))]

    modify_futures_limit_order.sync(
        client=client, body=FuturesModifyLimitOrderRequest(symbol="BTCUSDT", order_id=order_id, size=6)
    )
    assert _assets(client)["frozen_balance"] == Decimal(50000) * 6 * SIZE / 10

    cancel_futures_order.sync(
        client=client, body=FuturesCancelOrderRequest(symbol="BTCUSDT", order_id=str(order_id))
    )
    assert _assets(client) == start
    assert get_futures_open_orders.sync(client=client).data == []
    history = get_futures_order_history.sync(client=client, symbol="BTCUSDT").data
    assert [(o.order_id, o.state, o.size, o.deal_size) for o in history] == [
        (str(order_id), 4, Decimal("6"), Decimal("0"))
    ]
    with pytest.raises(BitMartAPIError) as again:
        cancel_futures_order.sync(
            client=client, body=FuturesCancelOrderRequest(symbol="BTCUSDT", order_id=str(order_id))
        )
    assert _code(again) == 40036


def test_a_resting_order_fills_as_maker_when_the_market_reaches_it(
    client: AuthenticatedClient, prices: Prices
) -> None:
    order_id = _order(client, side=1, type="limit", price="66000", size=5, mode=4)
    assert get_futures_positions.sync(client=client).data == []
    prices.mid["BTCUSDT"] = Decimal("65900")  # the ask falls through 66000
    position = get_futures_positions.sync(client=client, symbol="BTCUSDT").data[0]
    assert (position.current_amount, Decimal(position.entry_price)) == (Decimal("5"), Decimal(66000))
    fill = get_futures_trades.sync(client=client, order_id=order_id).data[0]
    assert (fill.exec_type, Decimal(fill.paid_fees)) == ("Maker", Decimal(66000) * 5 * SIZE * MAKER_FEE)
    assets = _assets(client)
    assert assets["frozen_balance"] == 0
    assert assets["available_balance"] == START_USDT - Decimal(66000) * 5 * SIZE * (
        1 / Decimal(10) + MAKER_FEE
    )


def test_time_in_force_maker_only_ioc_and_a_limit_that_crosses(
    client: AuthenticatedClient, prices: Prices
) -> None:
    crossing = str(prices.ask() + 100)
    maker_only = _order(client, side=1, type="limit", price=crossing, size=1, mode=4)
    ioc = _order(client, side=1, type="limit", price="50000", size=1, mode=3)
    for order_id in (maker_only, ioc):
        order = get_futures_order.sync(client=client, symbol="BTCUSDT", order_id=str(order_id)).data
        assert (order.state, order.deal_size) == (4, Decimal("0"))
    taker = _order(client, side=1, type="limit", price=crossing, size=1)
    order = get_futures_order.sync(client=client, symbol="BTCUSDT", order_id=str(taker)).data
    assert (order.state, order.deal_size, Decimal(order.deal_avg_price)) == (4, Decimal("1"), prices.ask())
    assert _assets(client)["frozen_balance"] == 0


def test_cancel_all_and_the_cancel_all_after_countdown(
    client: AuthenticatedClient, clock: ExchangeClock
) -> None:
    for price in ("50000", "51000"):
        _order(client, side=1, type="limit", price=price, size=1)
    _order(client, symbol="ETHUSDT", side=1, type="limit", price="3000", size=1)
    cancel_all_futures_orders.sync(client=client, body=FuturesCancelAllOrdersRequest(symbol="BTCUSDT"))
    assert [o.symbol for o in get_futures_open_orders.sync(client=client).data] == ["ETHUSDT"]

    armed = set_futures_cancel_all_after.sync(
        client=client, body=FuturesCancelAllAfterRequest(symbol="ETHUSDT", timeout=10)
    ).data
    assert (armed.result, armed.set_time, armed.cancel_time) == (
        True,
        START_MS // 1000,
        START_MS // 1000 + 10,
    )
    clock.now += 9_000
    assert len(get_futures_open_orders.sync(client=client).data) == 1
    clock.now += 1_000
    assert get_futures_open_orders.sync(client=client).data == []
    assert _assets(client)["frozen_balance"] == 0
    with pytest.raises(BitMartAPIError) as too_short:
        set_futures_cancel_all_after.sync(
            client=client, body=FuturesCancelAllAfterRequest(symbol="ETHUSDT", timeout=3)
        )
    assert _code(too_short) == 40011


# ---- refusals -------------------------------------------------------------------------------------
def test_leverage_outside_the_contract_range_is_refused(client: AuthenticatedClient) -> None:
    for leverage, code in (("126", 40029), ("0", 40030)):
        with pytest.raises(BitMartAPIError) as refused:
            set_futures_leverage.sync(
                client=client,
                body=FuturesLeverageSubmitRequest(
                    symbol="BTCUSDT", leverage=Decimal(leverage), open_type="cross"
                ),
            )
        assert _code(refused) == code
    with pytest.raises(BitMartAPIError) as on_order:
        _order(client, symbol="ETHUSDT", side=1, type="market", size=1, leverage="101")
    assert _code(on_order) == 40029
    done = set_futures_leverage.sync(
        client=client,
        body=FuturesLeverageSubmitRequest(symbol="BTCUSDT", leverage=Decimal("125"), open_type="cross"),
    ).data
    assert (done.leverage, done.max_value) == (Decimal("125"), Decimal("125"))

    # Once a position is open its leverage is fixed.
    _order(client, side=1, type="market", size=1)
    with pytest.raises(BitMartAPIError) as changed:
        set_futures_leverage.sync(
            client=client,
            body=FuturesLeverageSubmitRequest(symbol="BTCUSDT", leverage=Decimal("50"), open_type="cross"),
        )
    assert _code(changed) == 40040
    assert get_futures_positions.sync(client=client).data[0].leverage == Decimal("125")


def test_unknown_orders_and_contracts_get_their_codes(client: AuthenticatedClient) -> None:
    with pytest.raises(BitMartAPIError) as lookup:
        get_futures_order.sync(client=client, symbol="BTCUSDT", order_id="123")
    assert _code(lookup) == 40035
    with pytest.raises(BitMartAPIError) as cancel:
        cancel_futures_order.sync(
            client=client, body=FuturesCancelOrderRequest(symbol="BTCUSDT", order_id="123")
        )
    assert _code(cancel) == 40035
    with pytest.raises(BitMartAPIError) as modify:
        modify_futures_limit_order.sync(
            client=client,
            body=FuturesModifyLimitOrderRequest(
                symbol="BTCUSDT", client_order_id="nope1", price=Decimal("1")
            ),
        )
    assert _code(modify) == 40035
    with pytest.raises(BitMartAPIError) as symbol:
        _order(client, symbol="DOGEUSDT", side=1, type="market", size=1)
    assert _code(symbol) == 40034


def test_insufficient_balance_and_duplicate_client_order_ids(client: AuthenticatedClient) -> None:
    start = _assets(client)
    with pytest.raises(BitMartAPIError) as broke:
        _order(client, side=1, type="market", size=100000, leverage="1")
    assert _code(broke) == 40027
    assert _assets(client) == start
    assert get_futures_trades.sync(client=client).data == []

    first = _order(client, side=1, type="limit", price="50000", size=1, client_order_id="retry1")
    with pytest.raises(BitMartAPIError) as duplicate:
        _order(client, side=1, type="limit", price="50000", size=1, client_order_id="retry1")
    assert _code(duplicate) == 40050
    found = get_futures_order_history.sync(client=client, symbol="BTCUSDT", client_order_id="retry1").data
    assert [o.order_id for o in found] == [str(first)]


def test_closing_what_is_not_held_is_refused(client: AuthenticatedClient) -> None:
    with pytest.raises(BitMartAPIError) as nothing:
        _order(client, side=3, type="market", size=1)
    assert _code(nothing) == 40021
    _order(client, side=1, type="market", size=2)
    _order(client, side=3, type="limit", price="90000", size=2)  # rests, reserving both contracts
    with pytest.raises(BitMartAPIError) as reserved:
        _order(client, side=3, type="market", size=1)
    assert _code(reserved) == 40020
    with pytest.raises(BitMartAPIError) as no_short:
        close_all_futures_positions.sync(
            client=client, body=FuturesCloseAllRequest(contract_type=1, position_side="short")
        )
    assert _code(no_short) == 40021


# ---- position modes -------------------------------------------------------------------------------
def test_hedge_mode_holds_both_sides_and_close_all_flattens_them(
    client: AuthenticatedClient, prices: Prices
) -> None:
    assert get_futures_position_mode.sync(client=client).data.position_mode == "hedge_mode"
    _order(client, side=1, type="market", size=5)
    _order(client, side=4, type="market", size=3)
    rows = get_futures_positions_v2.sync(client=client, symbol="BTCUSDT").data
    assert sorted((r.position_side, r.current_amount, r.position_amount) for r in rows) == [
        ("long", Decimal("5"), Decimal("5")),
        ("short", Decimal("3"), Decimal("3")),
    ]
    with pytest.raises(BitMartAPIError) as switching:
        set_futures_position_mode.sync(
            client=client, body=FuturesSetPositionModeRequest(position_mode="one_way_mode")
        )
    assert _code(switching) == 40011

    close_all_futures_positions.sync(client=client, body=FuturesCloseAllRequest(contract_type=1))
    assert get_futures_positions.sync(client=client).data == []
    assets = _assets(client)
    fees = -sum(_flows(client, 4))
    spread_loss = (prices.ask() - prices.bid()) * 8 * SIZE  # each side bought at the ask, sold at the bid
    assert assets["available_balance"] == START_USDT - fees - spread_loss
    assert assets["position_deposit"] == 0


def test_one_way_mode_nets_buys_and_sells_into_one_position(
    client: AuthenticatedClient, prices: Prices
) -> None:
    set_futures_position_mode.sync(
        client=client, body=FuturesSetPositionModeRequest(position_mode="one_way_mode")
    )
    assert get_futures_position_mode.sync(client=client).data.position_mode == "one_way_mode"
    empty = get_futures_positions_v2.sync(client=client, symbol="BTCUSDT").data
    assert [(r.position_side, r.current_amount) for r in empty] == [("both", Decimal("0"))]

    _order(client, side=1, type="market", size=5)
    _order(client, side=4, type="market", size=8)  # closes the 5 long, opens a 3 short
    rows = get_futures_positions_v2.sync(client=client, symbol="BTCUSDT").data
    assert [(r.position_side, r.current_amount, r.position_amount) for r in rows] == [
        ("both", Decimal("3"), Decimal("-3"))
    ]
    fills = get_futures_trades.sync(client=client).data
    assert Decimal(fills[0].realised_profit) == (prices.bid() - prices.ask()) * 5 * SIZE

    with pytest.raises(BitMartAPIError) as no_long:
        _order(client, side=3, type="market", size=1)  # reduce-only sell: there is no long
    assert _code(no_long) == 40021
    _order(client, side=2, type="market", size=3)  # reduce-only buy closes the short
    assert get_futures_positions.sync(client=client).data == []
    assert _assets(client)["position_deposit"] == 0


def test_margin_and_profit_are_cut_to_what_a_wallet_holds_and_the_flows_explain_it_to_the_digit(
    client: AuthenticatedClient, server: MockServer, prices: Prices
) -> None:
    # 7x: the margin is a division; adding at another price makes the entry an average, so the
    # exact margin and profit have endless decimals. Each is cut toward zero to 8 decimals.
    def cut(value: Decimal) -> Decimal:
        return value.quantize(Decimal("0.00000001"), rounding=ROUND_DOWN)

    fills: list[tuple[Decimal, int]] = []
    for mid, size in ((Decimal(60000), 10), (Decimal(61000), 5)):
        prices.mid["BTCUSDT"] = mid
        _order(client, side=1, type="market", size=size, leverage="7", open_type="isolated")
        fills.append((prices.ask(), size))
    exact_margins = [price * size * SIZE / 7 for price, size in fills]
    margins = [cut(margin) for margin in exact_margins]
    held = sum(margins, Decimal(0))
    entry = sum((price * size for price, size in fills), Decimal(0)) / 15
    prices.mid["BTCUSDT"] = Decimal(62000)
    exit_price = prices.bid()
    _order(client, side=3, type="market", size=4)
    exact_pnl, exact_released = (exit_price - entry) * 4 * SIZE, held * 4 / 15
    pnl, released = cut(exact_pnl), cut(exact_released)
    assert (margins[0], pnl, released) != (exact_margins[0], exact_pnl, exact_released)  # cuts that matter
    fees = [price * size * SIZE * TAKER_FEE for price, size in [*fills, (exit_price, 4)]]
    assert _flows(client, 2) == [pnl]
    assert _flows(client, 4) == [-fee for fee in reversed(fees)]
    after = _assets(client)
    assert after["position_deposit"] == held - released
    assert after["available_balance"] == START_USDT - held + released + pnl - sum(fees, Decimal(0))
    assert_every_amount_is_within_precision(server.app.exchange)

    _order(client, side=3, type="market", size=11)
    # What the user reads adds up to the digit: the flows explain the whole balance it shows.
    assert sum(_flows(client)) == _assets(client)["available_balance"] - START_USDT
    assert_every_amount_is_within_precision(server.app.exchange)


def test_claiming_demo_funds_credits_the_futures_wallet(client: AuthenticatedClient) -> None:
    claimed = claim_futures_demo_funds.sync(client=client).data
    assert (claimed.currency, Decimal(claimed.amount)) == ("USDT", CLAIM_AMOUNT)
    assert _assets(client)["available_balance"] == START_USDT + CLAIM_AMOUNT
    assert _flows(client, 1) == [CLAIM_AMOUNT]
