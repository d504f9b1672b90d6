"""Money in the mock is conserved, never negative, and frozen exactly by what open orders hold.

A hypothesis state machine drives the mock's money operations through its HTTP surface, in
process: transfers of every kind (spot and fund, spot and futures, fund and futures, between a
main account and its sub-accounts, withdrawals on chain and to another BitMart account), spot
trading, futures trading with moving prices (so positions realise profit and loss) and fees,
isolated margin (transfers, borrowing, repayment, margin orders), Earn (subscriptions,
redemptions, interest and maturity as the clock moves), deposits arriving from outside. Amounts
include ones BitMart refuses (too many decimals or digits, negative, zero). After every step:

* each currency's total over all accounts, plus the fees the house collected, plus what the house
  paid or received (its counterparty, lending and chain wallets), is what it was at the start;
* no balance of any account is negative;
* every frozen balance is exactly what that wallet's open orders hold;
* no balance, available or frozen, is finer than its currency's precision (what BitMart holds);
* the mock's self-check found nothing (every answer as the document says).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from bitmart_mock import MockApp, MockConfig, MockCredential
from bitmart_mock.exchange.futures_contracts import CONTRACTS
from exchange_clock import ExchangeClock
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from hypothesis.strategies import SearchStrategy
from mock_calls import Key, call
from mock_money_checks import (
    assert_every_amount_is_within_precision,
    assert_frozen_is_what_open_orders_hold,
    assert_money_is_conserved,
    assert_no_balance_is_negative,
)

SUB = MockCredential("sub1-key", "sub1-secret", "sub1-memo", account="sub1@demo.mock")
SUB_KEY = Key(SUB.key, SUB.secret, SUB.memo)
CURRENCIES = ("USDT", "BTC", "ETH")
SPOT_SYMBOLS = ("BTC_USDT", "ETH_USDT", "ETH_BTC")  # ETH_BTC: price x size has 9 decimals
FUTURES = ("BTCUSDT", "ETHUSDT")
HOUR_MS = 3_600_000

# Few bytes of hypothesis data per amount, so that every example runs its 200 steps.
_small = st.integers(1, 10**8).map(lambda n: Decimal(n).scaleb(-8))
_medium = st.integers(100, 50_000).map(lambda n: Decimal(n).scaleb(-2))
_large = st.integers(500, 20_000).map(Decimal)
_refused = st.sampled_from(
    ["1.000000001", "0.123456789012345678901234567891", "1E+30", "-5", "0", "12345678901234567890.5"]
)
AMOUNTS = st.one_of(_small, _medium, _medium, _large).map(str) | _refused
"""Amounts as a request sends them: mostly valid, sometimes ones BitMart refuses."""

ACTIONS: dict[str, dict[str, SearchStrategy[Any]]] = {}
"""Every money operation of the machine and the strategies of its arguments."""


Method = TypeVar("Method", bound=Callable[..., None])


def action(**strategies: SearchStrategy[Any]) -> Callable[[Method], Method]:
    """Register the decorated method as one of the machine's operations."""

    def register(method: Method) -> Method:
        ACTIONS[method.__name__] = strategies
        return method

    return register


class MoneyMachine(RuleBasedStateMachine):
    """The mock's money operations, in any order, with the invariants checked after each."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = ExchangeClock()
        config = MockConfig(
            credentials=(MockConfig().credentials[0], SUB),
            rate_limits=False,
            validate_responses=True,
            timestamp_window_ms=10**13,
        )
        self.app = MockApp(config, clock=self.clock)
        self.mid = {symbol: contract.index_price for symbol, contract in CONTRACTS.items()}
        self._pin_futures_prices()
        accounts = self.app.exchange.accounts
        codes = {code for account in accounts.all() for w in account.wallets() for code in w.currencies()}
        self.initial = {code: accounts.total(code) for code in codes | set(CURRENCIES)}
        self.answers: dict[str, int] = defaultdict(int)

    def _pin_futures_prices(self) -> None:
        market = self.app.exchange.futures_market
        market.mark_price = lambda symbol, now: self.mid[symbol.upper()]  # type: ignore[method-assign]
        market.last_price = lambda symbol, now: self.mid[symbol.upper()]  # type: ignore[method-assign]
        market.best_bid = lambda symbol, now: self._quote(symbol, -1)  # type: ignore[method-assign]
        market.best_ask = lambda symbol, now: self._quote(symbol, 1)  # type: ignore[method-assign]

    def _quote(self, symbol: str, side: int) -> Decimal:
        contract = CONTRACTS[symbol.upper()]
        return self.mid[contract.symbol] + side * contract.price_precision

    # One rule that picks an operation: hypothesis then spends few bytes per step, so every
    # example runs all of its steps (separate rules each cost a retried draw per step).
    @rule(data=st.data())
    def step(self, data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(ACTIONS)), label="operation")
        getattr(self, name)(**data.draw(st.fixed_dictionaries(ACTIONS[name]), label=name))

    def _send(self, operation_id: str, params: dict[str, Any], key: Key | None = None) -> Any:
        answer = call(self.app, operation_id, params, key) if key else call(self.app, operation_id, params)
        assert answer.status < 500, (operation_id, params, answer)
        self.answers[f"{operation_id}:{'ok' if answer.ok else answer.code}"] += 1
        return answer.data if answer.ok else None

    # ---- transfers -----------------------------------------------------------------------------
    @action(currency=st.sampled_from(CURRENCIES), amount=AMOUNTS, to_fund=st.booleans())
    def spot_fund(self, currency: str, amount: str, to_fund: bool) -> None:
        kind = "spot_to_fund" if to_fund else "fund_to_spot"
        self._send("transfer_spot_fund", {"currency": currency, "amount": amount, "type": kind})

    @action(amount=AMOUNTS, to_futures=st.booleans())
    def spot_futures(self, amount: str, to_futures: bool) -> None:
        kind = "spot_to_contract" if to_futures else "contract_to_spot"
        self._send("transfer_spot_futures", {"currency": "USDT", "amount": amount, "type": kind})

    @action(amount=AMOUNTS, to_futures=st.booleans())
    def fund_futures(self, amount: str, to_futures: bool) -> None:
        kind = "fund_to_contract" if to_futures else "contract_to_fund"
        self._send("transfer_futures_fund_account", {"currency": "USDT", "amount": amount, "type": kind})

    @action(
        operation=st.sampled_from(
            [
                "transfer_main_to_sub_spot_as_main",
                "transfer_sub_to_main_spot_as_main",
                "transfer_main_to_sub_futures_as_main",
                "transfer_sub_to_main_futures_as_main",
            ]
        ),
        currency=st.sampled_from(CURRENCIES),
        amount=AMOUNTS,
        number=st.integers(0, 99_999),
    )
    def sub_account(self, operation: str, currency: str, amount: str, number: int) -> None:
        if "futures" in operation:
            currency = "USDT"
        params = {"requestNo": str(number), "subAccount": SUB.account, "currency": currency, "amount": amount}
        self._send(operation, params)

    @action(amount=AMOUNTS, number=st.integers(0, 99_999))
    def sub_to_main_as_sub(self, amount: str, number: int) -> None:
        params = {"requestNo": f"s{number}", "currency": "USDT", "amount": amount}
        self._send("transfer_sub_to_main_spot_as_sub", params, SUB_KEY)

    @action(amount=AMOUNTS, on_chain=st.booleans())
    def withdraw(self, amount: str, on_chain: bool) -> None:
        if on_chain:
            target: dict[str, Any] = {
                "currency": "USDT-TRC20",
                "address": "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj",
            }
        else:
            target = {"currency": "USDT-TRC20", "type": 1, "value": "100004"}
        self._send("submit_withdraw", {**target, "amount": amount})

    @action(channel=st.sampled_from(["USDT-TRC20", "BTC", "ETH"]), amount=st.one_of(_small, _medium, _large))
    def deposit(self, channel: str, amount: Decimal) -> None:
        # No API call makes a deposit: it arrives from outside, the house's chain wallet.
        main = self.app.exchange.account("main")
        self.app.exchange.funding.credit_deposit(main, channel, amount, self.clock.now, "a sender")

    # ---- spot and margin -----------------------------------------------------------------------------
    @action(
        symbol=st.sampled_from(SPOT_SYMBOLS),
        side=st.sampled_from(["buy", "sell"]),
        offset=st.integers(-30, 30),
        lots=st.integers(1, 400),
        margin=st.booleans(),
    )
    def spot_limit(self, symbol: str, side: str, offset: int, lots: int, margin: bool) -> None:
        pair = self.app.exchange.spot.pairs.get(symbol)
        last = self.app.exchange.spot_market.last_price(symbol)
        price = (last * (1 + Decimal(offset) / 1000)).quantize(pair.tick)
        order = {"symbol": symbol, "side": side, "type": "limit", "size": str(pair.size_step * lots)}
        order["price"] = str(price)
        self._send("submit_margin_order" if margin else "submit_spot_order", order)

    @action(symbol=st.sampled_from(SPOT_SYMBOLS), side=st.sampled_from(["buy", "sell"]), amount=AMOUNTS)
    def spot_market(self, symbol: str, side: str, amount: str) -> None:
        field = "notional" if side == "buy" else "size"
        self._send("submit_spot_order", {"symbol": symbol, "side": side, "type": "market", field: amount})

    @action(pick=st.integers(0, 255))
    def spot_cancel(self, pick: int) -> None:
        spot = self.app.exchange.spot
        open_orders = [o for o in spot.orders.values() if o.is_open]
        if open_orders:
            order = open_orders[pick % len(open_orders)]
            self._send("cancel_spot_order", {"symbol": order.pair.symbol, "order_id": str(order.order_id)})

    @action(side=st.sampled_from(["in", "out"]), currency=st.sampled_from(["USDT", "BTC"]), amount=AMOUNTS)
    def margin_transfer(self, side: str, currency: str, amount: str) -> None:
        params = {"symbol": "BTC_USDT", "currency": currency, "amount": amount, "side": side}
        self._send("transfer_margin_asset", params)

    @action(
        operation=st.sampled_from(["borrow", "repay"]),
        currency=st.sampled_from(["USDT", "BTC"]),
        amount=st.integers(10, 60).map(str)
        | st.integers(1, 30).map(lambda n: str(Decimal(n).scaleb(-4)))
        | AMOUNTS,
    )
    def margin_loan(self, operation: str, currency: str, amount: str) -> None:
        self._send(f"{operation}_margin", {"symbol": "BTC_USDT", "currency": currency, "amount": amount})

    @action(currency=st.sampled_from(["USDT", "BTC"]))
    def margin_repay_all(self, currency: str) -> None:
        margin = self.app.exchange.margin.accounts.get((self.app.exchange.account("main").uid, "BTC_USDT"))
        owed = margin.debt(currency) if margin else Decimal(0)
        if owed:
            self._send("repay_margin", {"symbol": "BTC_USDT", "currency": currency, "amount": str(owed)})

    # ---- futures ---------------------------------------------------------------------------------
    @action(
        symbol=st.sampled_from(FUTURES),
        side=st.sampled_from([1, 1, 4, 4, 2, 3]),
        size=st.integers(1, 300),
        limit_offset=st.one_of(st.none(), st.integers(-50, 50)),
        leverage=st.sampled_from([None, None, "3", "7"]),
    )
    def futures_order(
        self, symbol: str, side: int, size: int, limit_offset: int | None, leverage: str | None
    ) -> None:
        order: dict[str, Any] = {"symbol": symbol, "side": side, "size": size, "type": "market"}
        if leverage is not None:  # margin = notional / leverage: a division, cut to what a wallet holds
            order.update(leverage=leverage, open_type="isolated")
        if limit_offset is not None:
            tick = CONTRACTS[symbol].price_precision
            order.update(type="limit", price=str(self.mid[symbol] + limit_offset * 10 * tick))
        self._send("submit_futures_order", order)

    @action(symbol=st.sampled_from(FUTURES), move=st.integers(-300, 300))
    def futures_price(self, symbol: str, move: int) -> None:
        contract = CONTRACTS[symbol]
        moved = self.mid[symbol] * (1 + Decimal(move) / 10_000)
        self.mid[symbol] = (moved / contract.price_precision).to_integral_value() * contract.price_precision

    @action(symbol=st.sampled_from(FUTURES))
    def futures_close_all(self, symbol: str) -> None:
        self._send("close_all_futures_positions", {"contractType": 1, "symbol": symbol})

    @action(symbol=st.sampled_from(FUTURES))
    def futures_cancel_all(self, symbol: str) -> None:
        self._send("cancel_all_futures_orders", {"symbol": symbol})

    # ---- Earn and time -----------------------------------------------------------------------------
    @action(product=st.sampled_from(["1001", "1002", "2001"]), amount=AMOUNTS, number=st.integers(0, 99_999))
    def earn_subscribe(self, product: str, amount: str, number: int) -> None:
        params: dict[str, Any] = {"productId": product, "amount": amount, "requestNo": f"{number:020d}"}
        if product.startswith("2"):
            self._send("subscribe_earn_fixed", {**params, "autoSubscribe": "OFF"})
        else:
            self._send("subscribe_earn_flexible", params)

    @action(pick=st.integers(0, 255), share=st.integers(1, 100), number=st.integers(0, 99_999))
    def earn_redeem(self, pick: int, share: int, number: int) -> None:
        earn = self.app.exchange.earn
        flexible = [p for p in earn.positions.values() if p.open and not p.product.lock_days]
        if flexible:
            position = flexible[pick % len(flexible)]
            amount = (position.amount * share / 100).quantize(Decimal("0.00000001")) or position.amount
            params = {
                "earnId": position.earn_id,
                "amount": str(amount),
                "requestNo": f"{number + 10**12:020d}",
            }
            self._send("redeem_earn_flexible", params)

    @action(hours=st.integers(0, 24 * 40))
    def time_passes(self, hours: int) -> None:
        self.clock.now += hours * HOUR_MS + 1000
        self._send("get_system_time", {})

    # ---- invariants (tests/mock_money_checks.py) -------------------------------------------------
    @invariant()
    def money_is_conserved(self) -> None:
        assert_money_is_conserved(self.app.exchange, self.initial)

    @invariant()
    def no_balance_is_negative(self) -> None:
        assert_no_balance_is_negative(self.app.exchange)

    @invariant()
    def frozen_is_what_open_orders_hold(self) -> None:
        assert_frozen_is_what_open_orders_hold(self.app.exchange)

    @invariant()
    def every_amount_is_within_precision(self) -> None:
        assert_every_amount_is_within_precision(self.app.exchange)

    @invariant()
    def every_answer_was_as_documented(self) -> None:
        assert self.app.violations == []


MoneyMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=200,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
TestMoney = MoneyMachine.TestCase
