"""Isolated margin on the mock, through the generated client over loopback: opening an account
by transfer, borrowing within the leverage limit, hourly interest on the exchange clock,
repayment (interest first), margin orders trading with the margin wallet, and the business
errors for each."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from bitmart_client import AuthenticatedClient
from bitmart_client.api.margin import (
    borrow_margin,
    get_margin_accounts,
    get_margin_borrow_records,
    get_margin_borrowing_rates,
    get_margin_repay_records,
    repay_margin,
    submit_margin_order,
    transfer_margin_asset,
)
from bitmart_client.api.spot_account import get_spot_wallet
from bitmart_client.models.margin_account import MarginAccount
from bitmart_client.models.margin_borrow_request import MarginBorrowRequest
from bitmart_client.models.margin_order_request import MarginOrderRequest
from bitmart_client.models.margin_repay_request import MarginRepayRequest
from bitmart_client.models.margin_transfer_request import MarginTransferRequest
from bitmart_mock import MockServer
from bitmart_mock.exchange.spot import TAKER_FEE
from bitmart_runtime import BitMartAPIError
from exchange_clock import HOUR_MS, START_MS, ExchangeClock, clocked_server, fresh_client

USDT_HOURLY = Decimal("0.00001667")  # 0.0004 a day over 24 hours, to 8 places


@pytest.fixture(scope="module")
def clock() -> ExchangeClock:
    return ExchangeClock()


@pytest.fixture(scope="module")
def server(clock: ExchangeClock) -> Iterator[MockServer]:
    with clocked_server(clock) as running:
        yield running


@pytest.fixture
def client(server: MockServer, clock: ExchangeClock) -> Iterator[AuthenticatedClient]:
    yield from fresh_client(server, clock)


def transfer(client: AuthenticatedClient, amount: str, side: str = "in", currency: str = "USDT") -> str:
    request = {"symbol": "BTC_USDT", "currency": currency, "amount": amount, "side": side}
    body = MarginTransferRequest.from_dict(request)
    return transfer_margin_asset.sync(client=client, body=body).data.transfer_id


def borrow(client: AuthenticatedClient, amount: str, currency: str = "USDT") -> str:
    body = MarginBorrowRequest.from_dict({"symbol": "BTC_USDT", "currency": currency, "amount": amount})
    return borrow_margin.sync(client=client, body=body).data.borrow_id


def repay(client: AuthenticatedClient, amount: str, currency: str = "USDT") -> str:
    body = MarginRepayRequest.from_dict({"symbol": "BTC_USDT", "currency": currency, "amount": amount})
    return repay_margin.sync(client=client, body=body).data.repay_id


def account(client: AuthenticatedClient, symbol: str = "BTC_USDT") -> MarginAccount:
    result = get_margin_accounts.sync(client=client, symbol=symbol).data.symbols
    assert [item.symbol for item in result] == [symbol]
    return result[0]


def spot_balance(client: AuthenticatedClient, currency: str) -> Decimal:
    wallet = get_spot_wallet.sync(client=client).data.wallet
    return next((Decimal(entry.available) for entry in wallet if entry.id == currency), Decimal(0))


def order(client: AuthenticatedClient, **fields: Any) -> Any:
    body = MarginOrderRequest.from_dict({"symbol": "BTC_USDT", **fields})
    return submit_margin_order.sync(client=client, body=body).data.order_id


def error_code(call: Any) -> int | None:
    with pytest.raises(BitMartAPIError) as raised:
        call()
    return raised.value.code


# ---- transfers -------------------------------------------------------------------------------
def test_transfer_in_opens_the_account_and_moves_spot_funds(client: AuthenticatedClient) -> None:
    assert get_margin_accounts.sync(client=client).data.symbols == []
    first, second = transfer(client, "1000"), transfer(client, "0.5", currency="BTC")
    assert first != second
    margin = account(client)
    quote = margin.quote
    assert quote.available == quote.total_asset == quote.net_asset == Decimal("1000.00000000")
    assert margin.base.available == Decimal("0.50000000")
    assert margin.quote.borrowed == margin.quote.interest_unpaid == 0
    assert margin.risk_level == "1"
    assert margin.buy_enabled
    assert margin.sell_enabled
    assert spot_balance(client, "USDT") == Decimal(99000)
    assert spot_balance(client, "BTC") == Decimal("1.5")
    assert [m.symbol for m in get_margin_accounts.sync(client=client).data.symbols] == ["BTC_USDT"]


def test_transfer_out_returns_funds_to_spot(client: AuthenticatedClient) -> None:
    transfer(client, "1000")
    transfer(client, "400", side="out")
    assert account(client).quote.available == Decimal("600.00000000")
    assert spot_balance(client, "USDT") == Decimal(99400)
    assert error_code(lambda: transfer(client, "600.00000001", side="out")) == 50020


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"amount": "100001"}, 50020),  # more than the spot wallet holds
        ({"currency": "ETH"}, 51000),  # not a currency of BTC_USDT
        ({"symbol": "ETH_BTC"}, 51002),  # listed, but closed to margin
        ({"symbol": "DOGE_USDT"}, 50001),
        ({"side": "out"}, 51001),  # nothing to take out of an account never opened
        ({"amount": "0"}, 50021),
        ({"amount": "1.000000001"}, 50021),
    ],
)
def test_transfer_errors(client: AuthenticatedClient, fields: dict[str, str], code: int) -> None:
    request = {"symbol": "BTC_USDT", "currency": "USDT", "amount": "10", "side": "in", **fields}
    body = MarginTransferRequest.from_dict(request)
    assert error_code(lambda: transfer_margin_asset.sync(client=client, body=body)) == code
    assert spot_balance(client, "USDT") == Decimal(100000)
    assert get_margin_accounts.sync(client=client).data.symbols == []  # a refused transfer opens nothing


# ---- borrowing terms and limits ---------------------------------------------------------------
def test_borrowing_rates_show_terms_and_leverage_limit(
    client: AuthenticatedClient, server: MockServer
) -> None:
    before = get_margin_borrowing_rates.sync(client=client, symbol="BTC_USDT, ETH_BTC").data.symbols
    assert [(p.symbol, p.symbol_enabled) for p in before] == [("BTC_USDT", True), ("ETH_BTC", False)]
    btc_usdt = before[0]
    assert btc_usdt.max_leverage == Decimal("10")
    assert (btc_usdt.quote.daily_interest, btc_usdt.quote.hourly_interest) == (
        Decimal("0.00040000"),
        Decimal("0.00001667"),
    )
    assert (btc_usdt.base.daily_interest, btc_usdt.base.hourly_interest) == (
        Decimal("0.00055000"),
        Decimal("0.00002292"),
    )
    assert btc_usdt.quote.borrowable_amount == Decimal("0.00000000")  # no account yet
    transfer(client, "1000")
    after = get_margin_borrowing_rates.sync(client=client, symbol="BTC_USDT").data.symbols[0]
    # Debt may reach (leverage - 1) x net assets: 9 x 1000 USDT, or its worth in BTC.
    assert after.quote.borrowable_amount == Decimal("9000.00000000")
    price = server.app.exchange.spot_market.last_price("BTC_USDT")
    expected_btc = (Decimal(9000) / price).quantize(Decimal("0.00000001"), rounding="ROUND_DOWN")
    assert Decimal(after.base.borrowable_amount) == expected_btc
    everything = get_margin_borrowing_rates.sync(client=client).data.symbols
    assert [p.symbol for p in everything] == ["BMX_USDT", "BTC_USDT", "ETH_BTC", "ETH_USDT"]
    unknown = "BTC_USDT,NOPE_USDT"
    assert error_code(lambda: get_margin_borrowing_rates.sync(client=client, symbol=unknown)) == 50001


def test_borrowing_is_limited_by_minimum_and_leverage(client: AuthenticatedClient) -> None:
    assert error_code(lambda: borrow(client, "100")) == 51001
    transfer(client, "1000")
    assert error_code(lambda: borrow(client, "9.99")) == 51005
    assert error_code(lambda: borrow(client, "9000.01")) == 51004
    assert error_code(lambda: borrow(client, "100", currency="ETH")) == 51000
    borrow(client, "8000")
    # The first hour's interest is owed and lowers the net assets: 9 x (1000 - i) - (8000 + i).
    interest = Decimal(8000) * USDT_HOURLY
    terms = get_margin_borrowing_rates.sync(client=client, symbol="BTC_USDT").data.symbols[0]
    assert Decimal(terms.quote.borrowable_amount) == Decimal(1000) - 10 * interest
    assert error_code(lambda: borrow(client, "1000")) == 51004


# ---- borrowing, interest, repayment -------------------------------------------------------------
def test_borrow_credits_the_account_and_charges_the_first_hour(client: AuthenticatedClient) -> None:
    transfer(client, "1000")
    borrow_id = borrow(client, "1000")
    margin = account(client)
    first_hour = Decimal(1000) * USDT_HOURLY
    assert margin.quote.available == Decimal("2000.00000000")
    assert margin.quote.borrowed == margin.quote.borrow_unpaid == Decimal("1000.00000000")
    assert Decimal(margin.quote.interest_unpaid) == first_hour
    assert Decimal(margin.quote.net_asset) == Decimal(1000) - first_hour
    assert Decimal(margin.risk_rate) == Decimal("1.99")  # 2000 held over 1000.01667 owed, truncated
    assert margin.risk_level == "1"
    records = get_margin_borrow_records.sync(client=client, symbol="BTC_USDT").data.records
    assert [(r.borrow_id, r.currency) for r in records] == [(borrow_id, "USDT")]
    assert records[0].borrow_amount == Decimal("1000.00000000")
    assert records[0].create_time == START_MS // 1000
    assert Decimal(records[0].interest_amount) == first_hour


def test_interest_accrues_for_every_started_hour(client: AuthenticatedClient, clock: ExchangeClock) -> None:
    transfer(client, "1000")
    borrow(client, "1000")
    clock.now += 2 * HOUR_MS + HOUR_MS // 2  # inside the third hour
    hourly = Decimal(1000) * USDT_HOURLY
    assert Decimal(account(client).quote.interest_unpaid) == 3 * hourly
    clock.now += HOUR_MS // 2  # the fourth hour starts
    record = get_margin_borrow_records.sync(client=client, symbol="BTC_USDT").data.records[0]
    assert Decimal(record.interest_amount) == 4 * hourly


def test_repay_pays_interest_first_then_principal(client: AuthenticatedClient, clock: ExchangeClock) -> None:
    transfer(client, "1000")
    borrow(client, "1000")
    clock.now += HOUR_MS  # second hour: two hours of interest owed
    interest = 2 * Decimal(1000) * USDT_HOURLY
    first = repay(client, "400")
    margin = account(client)
    assert Decimal(margin.quote.interest_unpaid) == 0
    assert Decimal(margin.quote.borrow_unpaid) == Decimal(1000) - (Decimal(400) - interest)
    assert margin.quote.available == Decimal("1600.00000000")
    # Interest of later hours is charged on the principal left after the repayment.
    clock.now += HOUR_MS
    left = Decimal(1000) - (Decimal(400) - interest)
    owed = left + (left * USDT_HOURLY).quantize(Decimal("0.00000001"), rounding="ROUND_UP")
    assert error_code(lambda: repay(client, str(owed + Decimal("0.00000001")))) == 51006
    second = repay(client, str(owed))
    margin = account(client)
    assert margin.quote.borrow_unpaid == margin.quote.interest_unpaid == 0
    assert Decimal(margin.quote.available) == Decimal(1600) - owed
    assert Decimal(margin.quote.net_asset) == Decimal(margin.quote.available)
    records = get_margin_repay_records.sync(client=client, symbol="BTC_USDT").data.records
    assert [r.repay_id for r in records] == [second, first]  # newest first
    assert Decimal(records[1].repaid_interest) == interest
    assert Decimal(records[1].repaid_principal) == Decimal(400) - interest
    assert records[1].repaid_amount == Decimal("400.00000000")
    assert Decimal(records[0].repaid_amount) == owed
    assert error_code(lambda: repay(client, "1")) == 51024  # nothing owed any more


def test_repay_needs_the_money_in_the_margin_account(client: AuthenticatedClient) -> None:
    transfer(client, "1000")
    borrow(client, "1000")
    # An open order reserves 1200 of the 2000 USDT held: only 800 is available to repay with.
    order(client, side="buy", type="limit", size="0.02", price="60000")
    assert error_code(lambda: repay(client, "1000")) == 50020
    assert account(client).quote.borrow_unpaid == Decimal("1000.00000000")
    repay(client, "800")
    assert error_code(lambda: repay(client, "1", currency="BTC")) == 51024


def test_debt_limits_what_can_be_transferred_out(client: AuthenticatedClient) -> None:
    transfer(client, "1000")
    borrow(client, "8000")
    # 9000 held, a little over 8000 owed: taking 200 out would leave too little net asset.
    assert error_code(lambda: transfer(client, "200", side="out")) == 50020
    transfer(client, "10", side="out")
    assert spot_balance(client, "USDT") == Decimal(99010)


def test_record_filters(client: AuthenticatedClient, clock: ExchangeClock) -> None:
    transfer(client, "1000")
    first = borrow(client, "100")
    clock.now += HOUR_MS
    second = borrow(client, "200")
    records = get_margin_borrow_records.sync

    def ids(**filters: Any) -> list[str]:
        return [r.borrow_id for r in records(client=client, symbol="BTC_USDT", **filters).data.records]

    assert ids() == [second, first]
    assert ids(n=1) == [second]
    assert ids(borrow_id=first) == [first]
    assert ids(start_time=START_MS + 1, end_time=clock.now) == [second]
    assert error_code(lambda: records(client=client, symbol="BTC_USDT", start_time=2, end_time=1)) == 52004
    assert error_code(lambda: records(client=client, symbol="ETH_USDT")) == 51001
    repay_id = repay(client, "50")
    repays = get_margin_repay_records.sync
    usdt = repays(client=client, symbol="BTC_USDT", currency="USDT").data.records
    assert [r.repay_id for r in usdt] == [repay_id]
    assert repays(client=client, symbol="BTC_USDT", currency="BTC").data.records == []
    assert repays(client=client, symbol="BTC_USDT", repay_id="nope").data.records == []
    assert error_code(lambda: repays(client=client, symbol="BTC_USDT", currency="ETH")) == 51000


# ---- margin orders ----------------------------------------------------------------------------
def test_margin_market_buy_uses_the_margin_wallet(client: AuthenticatedClient, server: MockServer) -> None:
    transfer(client, "1000")
    order_id = order(client, side="buy", type="market", notional="500")
    assert isinstance(order_id, int)
    placed = server.app.exchange.spot.orders[order_id]
    assert placed.order_mode == "iso_margin"
    assert placed.state == "filled"
    margin = account(client)
    assert Decimal(margin.quote.total_asset) == Decimal(1000) - placed.filled_notional
    assert Decimal(margin.base.total_asset) == placed.filled_size * (1 - TAKER_FEE)
    assert spot_balance(client, "BTC") == Decimal(2)  # the spot wallet is not touched
    assert spot_balance(client, "USDT") == Decimal(99000)


def test_margin_limit_order_reserves_and_borrowed_funds_can_trade(client: AuthenticatedClient) -> None:
    transfer(client, "100")
    assert (
        error_code(
            lambda: order(client, side="buy", type="limit", size=Decimal("0.01"), price=Decimal("60000"))
        )
        == 50020
    )
    borrow(client, "600")
    limit = {"side": "buy", "type": "limit", "price": "60000", "clientOrderId": "margin1"}
    order(client, size="0.01", **limit)
    margin = account(client)
    assert margin.quote.frozen == Decimal("600.00000000")
    assert Decimal(margin.quote.available) == Decimal(100)
    assert error_code(lambda: order(client, size=Decimal("0.001"), **limit)) == 50042


def test_margin_order_errors(client: AuthenticatedClient) -> None:
    assert error_code(lambda: order(client, side="buy", type="market", notional=Decimal("10"))) == 51001
    transfer(client, "100")
    assert error_code(lambda: order(client, side="buy", type="market")) == 50012
    assert error_code(lambda: order(client, side="buy", type="limit", size=Decimal("0.001"))) == 50011
    closed = {"symbol": "ETH_BTC", "side": "buy", "type": "market", "notional": "1"}
    assert error_code(lambda: order(client, **closed)) == 51002


def test_short_sale_shows_negative_net_base_and_a_liquidation_price(
    client: AuthenticatedClient, server: MockServer
) -> None:
    transfer(client, "1000")
    borrow(client, "0.1", currency="BTC")
    order(client, side="sell", type="market", size="0.1")
    margin = account(client)
    assert margin.base.available == Decimal("0.00000000")
    assert Decimal(margin.base.net_asset) < Decimal("-0.1")  # the borrowed BTC plus its interest
    assert Decimal(margin.base.net_asset_btc) == Decimal(margin.base.net_asset)
    held = Decimal(margin.quote.total_asset)
    owed = Decimal(margin.base.borrow_unpaid) + Decimal(margin.base.interest_unpaid)
    price = server.app.exchange.spot_market.last_price("BTC_USDT")
    assert margin.liquidate_price is not None  # null only on an account without a loan
    # Liquidated when the USDT held is only 1.1 times the BTC owed: at held / (1.1 x owed)
    # (computed here from the 8-place amounts shown, so equal to about 1e-6).
    assert abs(Decimal(margin.liquidate_price) - held / (Decimal("1.1") * owed)) < Decimal("0.000001")
    assert Decimal(margin.liquidate_price) > price
    assert Decimal(margin.risk_rate) == (held / (owed * price)).quantize(Decimal("0.01"), "ROUND_DOWN")
    assert margin.risk_level == "3"  # under 1.2
