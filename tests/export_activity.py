"""A history worth exporting, made through the client on the mock, and what the mock holds of it.

``make_history`` trades, transfers, withdraws, saves and borrows on the demo account over about
five months of exchange time (so that the time-window operations need several windows), with a
burst of more than 200 fills inside one window (so that capped windows are bisected).
``expected`` reads the mock's own state: the ids (or, for records BitMart gives no id, the count)
that each export table must hold.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
from bitmart_auth import connect
from bitmart_cli.session import Overrides, make_client
from bitmart_client import AuthenticatedClient
from bitmart_client.api.earn import redeem_earn_flexible, subscribe_earn_fixed, subscribe_earn_flexible
from bitmart_client.api.funding_account import submit_withdraw, transfer_spot_fund
from bitmart_client.api.futures_account import transfer_futures_fund_account, transfer_spot_futures
from bitmart_client.api.futures_trading import set_futures_leverage, submit_futures_order
from bitmart_client.api.margin import borrow_margin, repay_margin, submit_margin_order, transfer_margin_asset
from bitmart_client.api.spot_trading import cancel_spot_order, submit_spot_algo_order, submit_spot_order
from bitmart_client.api.sub_account import (
    transfer_main_to_sub_futures_as_main,
    transfer_main_to_sub_spot_as_main,
    transfer_sub_to_main_spot_as_main,
)
from bitmart_client.models import (
    FundingTransferRequest,
    FundingWithdrawRequest,
    FuturesLeverageSubmitRequest,
    FuturesSubmitOrderRequest,
    FuturesTransferFundRequest,
    FuturesTransferRequest,
    MarginBorrowRequest,
    MarginOrderRequest,
    MarginRepayRequest,
    MarginTransferRequest,
    RedeemEarnFlexibleBody,
    SpotAlgoSubmitRequest,
    SpotCancelOrderRequest,
    SpotSubmitOrderRequest,
    SubAccountFuturesMainToSubAsMainRequest,
    SubAccountSpotMainToSubAsMainRequest,
    SubAccountSpotSubToMainAsMainRequest,
    SubscribeEarnFixedBody,
    SubscribeEarnFlexibleBody,
)
from bitmart_mock import MockApp, MockConfig
from bitmart_mock.exchange import Exchange
from bitmart_mock.handlers.broker import _day_rebates
from bitmart_runtime.retry import RetryPolicy
from exchange_clock import DAY_MS, START_MS, ExchangeClock

SUB1, SUB2 = "sub1@demo.mock", "sub2@demo.mock"
TRC20_ADDRESS = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"
FAST_RETRY = RetryPolicy(max_attempts=8, base_delay=0.001, max_delay=0.005, total_timeout=30.0)
SINCE_MS = START_MS - 420 * DAY_MS
"""Where the tests start their exports: before the seeded deposits and broker rebates."""


def mock_app(clock: ExchangeClock, **settings: Any) -> MockApp:
    """A mock on ``clock`` that checks its answers against the spec; no rate limits unless asked."""
    defaults: dict[str, Any] = {
        "rate_limits": False,
        "validate_responses": True,
        "timestamp_window_ms": 10**13,
    }
    return MockApp(MockConfig(**{**defaults, **settings}), clock=clock)


def in_process_client(
    app: MockApp, clock: ExchangeClock, transport: httpx.BaseTransport | None = None
) -> AuthenticatedClient:
    """A client of ``app`` without sockets, retrying fast, reading strictly as the project's tests
    do: what makes the history."""
    transport = transport or app.httpx_transport()
    return connect(
        "mock-key",
        "mock-secret",
        "mock-memo",
        base_url="http://mock.local",
        retry=FAST_RETRY,
        clock=lambda: clock.now / 1000,
        transport=transport,
    )


def export_client(
    app: MockApp, clock: ExchangeClock, transport: httpx.MockTransport | None = None
) -> AuthenticatedClient:
    """The client ``bitmart export`` makes (lenient reading, ``make_client``), in process and
    retrying fast; not paced (the mock's own limits are off in these tests)."""
    transport = transport or app.httpx_transport()
    overrides = Overrides(
        transport=transport,
        async_transport=transport,
        clock=lambda: clock.now / 1000,
        retry=FAST_RETRY,
        rate_limit=False,
    )
    return make_client("mock-key", "mock-secret", "mock-memo", "http://mock.local", overrides)


class _Numbers:
    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def __call__(self, prefix: str) -> str:
        """A fresh id of 20 digits (Earn's requestNo must be), ``prefix`` telling the kind."""
        return f"{ord(prefix[0]) % 10}{next(self._counter):019d}"


def _spot(
    client: AuthenticatedClient, clock: ExchangeClock, number: _Numbers, count: int, step_ms: int
) -> None:
    for index in range(count):
        side = "buy" if index % 3 else "sell"
        fields: dict[str, Any] = {"notional": "12"} if side == "buy" else {"size": "0.001"}
        body = SpotSubmitOrderRequest.from_dict(
            {"symbol": "BTC_USDT", "side": side, "type": "market", "client_order_id": number("s"), **fields}
        )
        submit_spot_order.sync(client=client, body=body)
        clock.now += step_ms


def _futures(client: AuthenticatedClient, clock: ExchangeClock, count: int, step_ms: int) -> None:
    set_futures_leverage.sync(
        client=client,
        body=FuturesLeverageSubmitRequest(symbol="BTCUSDT", leverage=Decimal("10"), open_type="cross"),
    )
    for index in range(count):
        side = 1 if index % 2 == 0 else 3  # open long, then close it
        body = FuturesSubmitOrderRequest.from_dict(
            {
                "symbol": "BTCUSDT",
                "side": side,
                "type": "market",
                "size": 2,
                "leverage": "10",
                "open_type": "cross",
            }
        )
        submit_futures_order.sync(client=client, body=body)
        clock.now += step_ms


def _transfers(client: AuthenticatedClient, number: _Numbers) -> None:
    for direction in ("spot_to_contract", "contract_to_spot"):
        body = FuturesTransferRequest(currency="USDT", amount=Decimal("150"), type_=direction)
        transfer_spot_futures.sync(client=client, body=body)
    transfer_spot_fund.sync(
        client=client,
        body=FundingTransferRequest(currency="USDT", amount=Decimal("40"), type_="spot_to_fund"),
    )
    body_fund = FuturesTransferFundRequest(currency="USDT", amount=Decimal("30"), type_="contract_to_fund")
    transfer_futures_fund_account.sync(client=client, body=body_fund)
    spot_to_sub = SubAccountSpotMainToSubAsMainRequest(
        request_no=number("t"), amount=Decimal("25"), currency="USDT", sub_account=SUB1
    )
    transfer_main_to_sub_spot_as_main.sync(client=client, body=spot_to_sub)
    spot_back = SubAccountSpotSubToMainAsMainRequest(
        request_no=number("t"), amount=Decimal("5"), currency="USDT", sub_account=SUB1
    )
    transfer_sub_to_main_spot_as_main.sync(client=client, body=spot_back)
    futures_to_sub = SubAccountFuturesMainToSubAsMainRequest(
        request_no=number("t"), amount=Decimal("15"), currency="USDT", sub_account=SUB2
    )
    transfer_main_to_sub_futures_as_main.sync(client=client, body=futures_to_sub)


def _margin(client: AuthenticatedClient) -> None:
    move_in = MarginTransferRequest.from_dict(
        {"symbol": "BTC_USDT", "currency": "USDT", "amount": "500", "side": "in"}
    )
    transfer_margin_asset.sync(client=client, body=move_in)
    borrow_margin.sync(
        client=client, body=MarginBorrowRequest(symbol="BTC_USDT", currency="USDT", amount=Decimal("200"))
    )
    order = MarginOrderRequest.from_dict(
        {"symbol": "BTC_USDT", "side": "buy", "type": "market", "notional": "300"}
    )
    submit_margin_order.sync(client=client, body=order)
    repay_margin.sync(
        client=client, body=MarginRepayRequest(symbol="BTC_USDT", currency="USDT", amount=Decimal("50"))
    )


def _withdraw(client: AuthenticatedClient, amount: str) -> None:
    body = FundingWithdrawRequest.from_dict(
        {"currency": "USDT-TRC20", "amount": amount, "address": TRC20_ADDRESS}
    )
    submit_withdraw.sync(client=client, body=body)


def _orders_that_stay(client: AuthenticatedClient, number: _Numbers) -> None:
    resting = SpotSubmitOrderRequest.from_dict(
        {
            "symbol": "BTC_USDT",
            "side": "buy",
            "type": "limit",
            "size": "0.01",
            "price": "1000",
            "client_order_id": number("r"),
        }
    )
    order_id = submit_spot_order.sync(client=client, body=resting).data.order_id
    cancel_spot_order.sync(client=client, body=SpotCancelOrderRequest(symbol="BTC_USDT", order_id=order_id))
    open_order = SpotSubmitOrderRequest.from_dict(
        {
            "symbol": "BTC_USDT",
            "side": "buy",
            "type": "limit",
            "size": "0.01",
            "price": "1100",
            "client_order_id": number("r"),
        }
    )
    submit_spot_order.sync(client=client, body=open_order)
    algo = SpotAlgoSubmitRequest.from_dict(
        {
            "symbol": "BTC_USDT",
            "side": "buy",
            "type": "trigger",
            "trigger_price": "1500",
            "trigger_type": "limit",
            "price": "1400",
            "size": "0.01",
            "client_order_id": number("a"),
        }
    )
    submit_spot_algo_order.sync(client=client, body=algo)


def make_history(client: AuthenticatedClient, app: MockApp, clock: ExchangeClock, burst: int = 210) -> None:
    """About five months of activity ending at the clock's new time; see the module docstring."""
    number = _Numbers()
    _spot(client, clock, number, 8, 60_000)
    _orders_that_stay(client, number)
    _margin(client)
    _transfers(client, number)
    _withdraw(client, "25")
    subscribe = SubscribeEarnFlexibleBody(product_id="1001", amount=Decimal("1000"), request_no=number("e"))
    earn_id = subscribe_earn_flexible.sync(client=client, body=subscribe).data.to_dict()["earnId"]
    fixed = SubscribeEarnFixedBody.from_dict(
        {"productId": "2001", "amount": "500", "requestNo": number("e"), "autoSubscribe": "OFF"}
    )
    subscribe_earn_fixed.sync(client=client, body=fixed)
    _futures(client, clock, 6, 30_000)
    clock.now += 40 * DAY_MS  # the fixed term matures, interest is paid daily
    redeem = RedeemEarnFlexibleBody(earn_id=earn_id, amount=Decimal("400"), request_no=number("e"))
    redeem_earn_flexible.sync(client=client, body=redeem)
    main = app.exchange.account("main")
    app.exchange.funding.credit_deposit(
        main, "USDT-TRC20", Decimal(700), clock.now, "TJDENsfBJs4RFETt1X1W8wMDc8M5XnJhCe"
    )
    clock.now += 60 * DAY_MS
    _spot(client, clock, number, burst, 1_000)  # more fills than one answer holds, within one window
    _futures(client, clock, burst, 1_000)
    _margin(client)
    _transfers(client, number)
    clock.now += 50 * DAY_MS
    _withdraw(client, "30")
    _spot(client, clock, number, 5, 3_600_000)
    clock.now += DAY_MS


def quick_history(client: AuthenticatedClient, app: MockApp, clock: ExchangeClock) -> None:
    """A few records of the main kinds, within every documented rate limit (no waiting)."""
    number = _Numbers()
    _spot(client, clock, number, 5, 60_000)
    _futures(client, clock, 4, 30_000)
    _withdraw(client, "25")
    main = app.exchange.account("main")
    app.exchange.funding.credit_deposit(
        main, "USDT-TRC20", Decimal(300), clock.now, "TJDENsfBJs4RFETt1X1W8wMDc8M5XnJhCe"
    )


def _within(time_ms: int, until_ms: int) -> bool:
    return SINCE_MS <= time_ms <= until_ms


def _broker_keys(exchange: Exchange, until_ms: int) -> set[str]:
    today = until_ms // DAY_MS
    keys = set()
    for day in range(max(SINCE_MS // DAY_MS, today - 400), today):
        date = datetime.fromtimestamp(day * 86_400, UTC).date().isoformat()
        keys |= {f"{date}|{entry['currency']}" for entry in _day_rebates(exchange.config.seed, day)}
    return keys


def expected(exchange: Exchange, until_ms: int) -> dict[str, set[str] | int]:
    """Per export table: the ids the mock holds in the export's range (a count where there are none)."""
    main = exchange.account("main")
    listed = ("filled", "canceled", "partially_canceled", "new", "partially_filled")
    orders = [
        o
        for o in exchange.spot.account_orders(main)
        if o.state in listed and _within(o.create_time, until_ms)
    ]
    fills = [f for f in exchange.spot.account_fills(main) if _within(f.time, until_ms)]
    margins = [m for (uid, _), m in exchange.margin.accounts.items() if uid == main.uid]
    records = exchange.funding.records.get(main.uid, [])
    earn = [r for r in exchange.earn.records if r.account is main]
    invitees = [str(i.invitee.uid) for i in exchange.affiliate.invited(main)]

    def subs(family: str) -> int:
        alive = exchange.subaccounts.history(family, main, until_ms, 10**6)  # type: ignore[arg-type]
        return len(alive)

    def earn_ids(kind: str) -> set[str]:
        return {
            f"{'fixed' if r.product.lock_days else 'flexible'}|{r.record_id}" for r in earn if r.kind == kind
        }

    return {
        "spot_orders": {str(o.order_id) for o in orders if o.order_mode == "spot"},
        "margin_orders": {str(o.order_id) for o in orders if o.order_mode == "iso_margin"},
        "spot_trades": {str(f.trade_id) for f in fills if f.order.order_mode == "spot"},
        "margin_trades": {str(f.trade_id) for f in fills if f.order.order_mode == "iso_margin"},
        "spot_algo_orders": {str(o.order_id) for o in exchange.spot_algo.account_orders(main)},
        "margin_borrows": {loan.borrow_id for m in margins for loan in m.loans},
        "margin_repays": {repay.repay_id for m in margins for repay in m.repays},
        "deposits": {r.record_id for r in records if r.kind == "deposit" and _within(r.apply_time, until_ms)},
        "withdrawals": {r.record_id for r in records if r.kind == "withdraw"},
        "spot_futures_transfers": {
            t.transfer_id for t in exchange.futures_transfers.records if t.account is main
        },
        "sub_account_spot_transfers": subs("spot"),
        "sub_account_futures_transfers": subs("futures"),
        "futures_orders": {str(o.order_id) for o in exchange.futures_orders.account_orders(main)},
        "futures_trades": {str(f.trade_id) for f in exchange.futures.fills if f.order.account is main},
        "futures_transactions": {str(f.tran_id) for f in exchange.futures_flows.flows if f.account is main},
        "earn_subscriptions": earn_ids("subscribe"),
        "earn_redemptions": earn_ids("redeem"),
        "earn_interest": earn_ids("interest"),
        "affiliate_invitees": set(invitees),
        "affiliate_rebates": {f"{c}|{uid}" for c in ("USDT", "BTC", "ETH") for uid in invitees},
        "broker_rebates": _broker_keys(exchange, until_ms),
    }


__all__ = [
    "FAST_RETRY",
    "SINCE_MS",
    "expected",
    "export_client",
    "in_process_client",
    "make_history",
    "mock_app",
    "quick_history",
]
