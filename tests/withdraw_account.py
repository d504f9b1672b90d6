"""The withdraw-all tests' account: the mock's demo account with assets in every account type,
set up through BitMart's public API, and the mock's own view of what it owns.

After :func:`fund_every_account`, the demo main account has spot USDT/BTC/ETH/BMX, a fund wallet
(USDT, BTC), futures USDT, a BTC_USDT isolated margin account with a USDT loan, a flexible and a
fixed-term Earn position, and two sub-accounts with spot and futures funds.

``make_exchange(wrap=...)`` puts a transport of the test's around the mock's in-process one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

import httpx
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_client.api.earn import subscribe_earn_fixed, subscribe_earn_flexible
from bitmart_client.api.funding_account import transfer_spot_fund
from bitmart_client.api.margin import borrow_margin, transfer_margin_asset
from bitmart_client.api.sub_account import (
    transfer_main_to_sub_futures_as_main,
    transfer_main_to_sub_spot_as_main,
)
from bitmart_client.models import (
    FundingTransferRequest,
    MarginBorrowRequest,
    MarginTransferRequest,
    SubAccountFuturesMainToSubAsMainRequest,
    SubAccountSpotMainToSubAsMainRequest,
    SubscribeEarnFixedBody,
    SubscribeEarnFlexibleBody,
)
from bitmart_mock import MockApp, MockConfig
from bitmart_withdraw import Destination, parse_destinations
from exchange_clock import ExchangeClock

DESTINATIONS_TOML = """
[destinations.USDT]
network = "TRC20"
address = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"

[destinations.BTC]
network = "BTC"
address = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"

[destinations.ETH]
network = "ERC20"
address = "0x2c7536e3605d9c16a7a3d7b1898e529396a65c23"

[destinations.BMX]
network = "ERC20"
address = "0x2C7536E3605D9C16A7A3D7B1898E529396A65C23"
"""


def destinations() -> dict[str, Destination]:
    """Whitelisted destinations for every currency the test account holds."""
    return parse_destinations(DESTINATIONS_TOML, "test")


@dataclass
class Exchange:
    """A mock exchange in process, its clock, and a client of it."""

    app: MockApp
    clock: ExchangeClock
    client: AuthenticatedClient
    slept: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        """The executor's sleep: time passes on the exchange instead of the test's wall clock."""
        self.slept.append(seconds)
        self.clock.now += int(seconds * 1000)

    def now_ms(self) -> int:
        """The exchange clock, for the executor's windows."""
        return self.clock.now


def make_exchange(
    clock: ExchangeClock | None = None,
    wrap: Callable[[httpx.BaseTransport], httpx.BaseTransport] | None = None,
) -> Exchange:
    """A fresh demo exchange in process (no rate limits, answers checked against the spec)."""
    clock = clock or ExchangeClock()
    app = MockApp(
        MockConfig(rate_limits=False, validate_responses=True, timestamp_window_ms=10**13), clock=clock
    )
    transport: httpx.BaseTransport = app.httpx_transport()
    client = connect(
        "mock-key",
        "mock-secret",
        "mock-memo",
        base_url="http://mock.test",
        transport=wrap(transport) if wrap else transport,
        clock=lambda: clock.now / 1000,
    )
    return Exchange(app, clock, client)


@contextmanager
def exchange() -> Iterator[Exchange]:
    """:func:`make_exchange`, closed afterwards; fails if the mock broke the spec."""
    made = make_exchange()
    try:
        yield made
    finally:
        made.client.get_httpx_client().close()
    assert made.app.violations == []


def fund_every_account(client: AuthenticatedClient) -> None:
    """Spread the demo account's assets over every account type, through the public API."""
    for currency, amount in (("USDT", "500"), ("BTC", "0.1")):
        body = FundingTransferRequest(currency=currency, amount=Decimal(amount), type_="spot_to_fund")
        transfer_spot_fund.sync(client=client, body=body)
    # BTC as collateral, USDT borrowed: the margin account holds the principal but not the interest,
    # so repaying needs a top-up from spot.
    btc_in = MarginTransferRequest(symbol="BTC_USDT", currency="BTC", amount=Decimal("0.05"), side="in")
    transfer_margin_asset.sync(client=client, body=btc_in)
    borrow_margin.sync(
        client=client, body=MarginBorrowRequest(symbol="BTC_USDT", currency="USDT", amount=Decimal("500"))
    )
    flexible = SubscribeEarnFlexibleBody(product_id="1001", amount=Decimal("200"), request_no="1" * 20)
    subscribe_earn_flexible.sync(client=client, body=flexible)
    fixed = SubscribeEarnFixedBody(
        product_id="2001", amount=Decimal("300"), request_no="2" * 20, auto_subscribe="OFF"
    )
    subscribe_earn_fixed.sync(client=client, body=fixed)
    spot_to_sub = SubAccountSpotMainToSubAsMainRequest(
        request_no="setup-eth", amount=Decimal("2"), currency="ETH", sub_account="sub2@demo.mock"
    )
    transfer_main_to_sub_spot_as_main.sync(client=client, body=spot_to_sub)
    futures_to_sub = SubAccountFuturesMainToSubAsMainRequest(
        request_no="setup-usdt", amount=Decimal("100"), currency="USDT", sub_account="sub2@demo.mock"
    )
    transfer_main_to_sub_futures_as_main.sync(client=client, body=futures_to_sub)


def owned(app: MockApp) -> dict[str, Decimal]:
    """Per currency, everything the demo main account and its sub-accounts own, from the mock's
    account store: every wallet (spot, futures, fund, futures position margin, Earn principal,
    isolated margin), minus what the margin accounts owe (principal and interest to now)."""
    exchange = app.exchange
    main = exchange.account("main")
    totals: dict[str, Decimal] = {}

    def add(currency: str, amount: Decimal) -> None:
        if amount:
            totals[currency] = totals.get(currency, Decimal(0)) + amount

    for account in (main, *main.subs):
        for wallet in account.wallets():
            for currency, amount in wallet.totals():
                add(currency, amount)
    for margin in exchange.margin.accounts_of(main, exchange.now()):
        for currency in margin.wallet.currencies():
            add(currency, -margin.debt(currency))
    return totals


def withdrawn(app: MockApp) -> dict[str, tuple[Decimal, Decimal, list[int]]]:
    """Per asset, from the mock's withdrawal records: amount received, fees, and each record's state."""
    exchange = app.exchange
    main = exchange.account("main")
    found: dict[str, tuple[Decimal, Decimal, list[int]]] = {}
    for record in exchange.funding.records.get(main.uid, []):
        if record.kind != "withdraw":
            continue
        amount, fees, states = found.get(record.channel.asset, (Decimal(0), Decimal(0), []))
        found[record.channel.asset] = (
            amount + record.amount,
            fees + record.fee,
            [*states, record.status(exchange.now())],
        )
    return found
