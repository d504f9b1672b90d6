"""Sub-accounts on the mock, through the generated client over loopback: spot and futures transfers
in every direction with both sides' balances adding up, ``requestNo`` as an idempotency key, the
main key / sub-account key split (60026, 60027), frozen sub-accounts (60029), the business
errors (61000, 61001, 61002, 61003, 60002), the transfer histories as each caller sees them, the
sub-accounts' wallets and the sub-account list."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from types import ModuleType
from typing import Any, Protocol

import pytest
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_client.api.sub_account import (
    get_sub_account_futures_transfers,
    get_sub_account_futures_transfers_as_main,
    get_sub_account_futures_wallet,
    get_sub_account_spot_transfers,
    get_sub_account_spot_transfers_as_main,
    get_sub_account_spot_wallet,
    get_sub_accounts,
    transfer_main_to_sub_futures_as_main,
    transfer_main_to_sub_spot_as_main,
    transfer_sub_to_main_futures_as_main,
    transfer_sub_to_main_futures_as_sub,
    transfer_sub_to_main_spot_as_main,
    transfer_sub_to_main_spot_as_sub,
    transfer_sub_to_sub_spot_as_main,
    transfer_sub_to_sub_spot_as_sub_v1,
)
from bitmart_client.models.sub_account_futures_main_to_sub_as_main_request import (
    SubAccountFuturesMainToSubAsMainRequest,
)
from bitmart_client.models.sub_account_futures_sub_to_main_as_main_request import (
    SubAccountFuturesSubToMainAsMainRequest,
)
from bitmart_client.models.sub_account_futures_sub_to_main_as_sub_request import (
    SubAccountFuturesSubToMainAsSubRequest,
)
from bitmart_client.models.sub_account_spot_main_to_sub_as_main_request import (
    SubAccountSpotMainToSubAsMainRequest,
)
from bitmart_client.models.sub_account_spot_sub_to_main_as_main_request import (
    SubAccountSpotSubToMainAsMainRequest,
)
from bitmart_client.models.sub_account_spot_sub_to_main_as_sub_request import (
    SubAccountSpotSubToMainAsSubRequest,
)
from bitmart_client.models.sub_account_spot_sub_to_sub_as_main_request import (
    SubAccountSpotSubToSubAsMainRequest,
)
from bitmart_client.models.sub_account_spot_sub_to_sub_as_sub_request import (
    SubAccountSpotSubToSubAsSubRequest,
)
from bitmart_mock import MockApp, MockConfig, MockCredential, MockServer
from bitmart_mock.exchange.subaccounts import STATUS_FROZEN
from bitmart_runtime import BitMartAPIError
from exchange_clock import DAY_MS, START_MS, ExchangeClock, clocked_client, clocked_server, fresh_client

SUB1 = "sub1@demo.mock"
SUB2 = "sub2@demo.mock"
SUB1_KEY = MockCredential("sub1-key", "sub1-secret", "sub1-memo", account=SUB1)
SUB2_KEY = MockCredential("sub2-key", "sub2-secret", "sub2-memo", account=SUB2)


@pytest.fixture(scope="module")
def clock() -> ExchangeClock:
    return ExchangeClock()


@pytest.fixture(scope="module")
def server(clock: ExchangeClock) -> Iterator[MockServer]:
    credentials = (MockConfig().credentials[0], SUB1_KEY, SUB2_KEY)
    with clocked_server(clock, credentials=credentials, serve_retired=True) as running:
        yield running


@pytest.fixture
def main(server: MockServer, clock: ExchangeClock) -> Iterator[AuthenticatedClient]:
    yield from fresh_client(server, clock)


@pytest.fixture
def sub1(server: MockServer, clock: ExchangeClock, main: AuthenticatedClient) -> AuthenticatedClient:
    return clocked_client(server, clock, (SUB1_KEY.key, SUB1_KEY.secret, SUB1_KEY.memo))


@pytest.fixture
def sub2(server: MockServer, clock: ExchangeClock, main: AuthenticatedClient) -> AuthenticatedClient:
    return clocked_client(server, clock, (SUB2_KEY.key, SUB2_KEY.secret, SUB2_KEY.memo))


def balances(server: MockServer, currency: str = "USDT", family: str = "spot") -> dict[str, Decimal]:
    """Available ``currency`` of the main account and both sub-accounts, read from the exchange."""
    with server.app.lock:
        exchange = server.app.exchange
        return {
            name: getattr(exchange.account(name), family).balance(currency).available
            for name in ("main", SUB1, SUB2)
        }


def error_code(action: Callable[[], Any]) -> int | None:
    with pytest.raises(BitMartAPIError) as raised:
        action()
    return raised.value.code


class Transfer(Protocol):
    """A transfer between the main account and a sub-account, made by the main key."""

    def __call__(
        self, client: AuthenticatedClient, request_no: str, amount: str, sub: str = ..., currency: str = ...
    ) -> None: ...


class Push(Protocol):
    """A sub-account key moving its own funds to the main account."""

    def __call__(
        self, client: AuthenticatedClient, request_no: str, amount: str, currency: str = ...
    ) -> None: ...


def _by_main(operation: ModuleType, request: Callable[..., Any]) -> Transfer:
    def transfer(
        client: AuthenticatedClient, request_no: str, amount: str, sub: str = SUB1, currency: str = "USDT"
    ) -> None:
        body = request(request_no=request_no, amount=Decimal(amount), currency=currency, sub_account=sub)
        operation.sync(client=client, body=body)

    return transfer


def _by_sub(operation: ModuleType, request: Callable[..., Any]) -> Push:
    def push(client: AuthenticatedClient, request_no: str, amount: str, currency: str = "USDT") -> None:
        operation.sync(
            client=client, body=request(request_no=request_no, amount=Decimal(amount), currency=currency)
        )

    return push


spot_main_to_sub = _by_main(transfer_main_to_sub_spot_as_main, SubAccountSpotMainToSubAsMainRequest)
spot_sub_to_main = _by_main(transfer_sub_to_main_spot_as_main, SubAccountSpotSubToMainAsMainRequest)
futures_main_to_sub = _by_main(transfer_main_to_sub_futures_as_main, SubAccountFuturesMainToSubAsMainRequest)
futures_sub_to_main = _by_main(transfer_sub_to_main_futures_as_main, SubAccountFuturesSubToMainAsMainRequest)
spot_push = _by_sub(transfer_sub_to_main_spot_as_sub, SubAccountSpotSubToMainAsSubRequest)
futures_push = _by_sub(transfer_sub_to_main_futures_as_sub, SubAccountFuturesSubToMainAsSubRequest)

FAMILIES: dict[str, tuple[Transfer, Transfer, Push]] = {
    "spot": (spot_main_to_sub, spot_sub_to_main, spot_push),
    "futures": (futures_main_to_sub, futures_sub_to_main, futures_push),
}


def every_direction(
    family: str,
    main: AuthenticatedClient,
    sub1: AuthenticatedClient,
    amounts: tuple[str, str, str],
    prefix: str,
) -> None:
    """Move ``family`` funds main to sub1 and back by the main key, then sub1 to main by its own
    key; the request numbers are ``prefix`` 1 to 3."""
    main_to_sub, sub_to_main, push = FAMILIES[family]
    main_to_sub(main, f"{prefix}1", amounts[0])
    sub_to_main(main, f"{prefix}2", amounts[1])
    push(sub1, f"{prefix}3", amounts[2])


def to_sub1_and_back(
    family: str,
    clock: ExchangeClock,
    step_ms: int,
    main: AuthenticatedClient,
    sub1: AuthenticatedClient,
    amounts: tuple[str, str],
    prefix: str,
) -> None:
    """The main key moves ``family`` funds to sub1, then sub1 sends some back with its own key;
    the exchange's clock moves ``step_ms`` after each (request numbers ``prefix`` 1 and 2)."""
    main_to_sub, _, push = FAMILIES[family]
    main_to_sub(main, f"{prefix}1", amounts[0])
    clock.now += step_ms
    push(sub1, f"{prefix}2", amounts[1])
    clock.now += step_ms


def spot_sub_to_sub(
    client: AuthenticatedClient, request_no: str, amount: str, source: str, target: str
) -> None:
    body = SubAccountSpotSubToSubAsMainRequest(
        request_no=request_no, amount=Decimal(amount), currency="USDT", from_account=source, to_account=target
    )
    transfer_sub_to_sub_spot_as_main.sync(client=client, body=body)


def spot_history(client: AuthenticatedClient, n: int = 100) -> list[tuple[str, str, Decimal]]:
    data = get_sub_account_spot_transfers.sync(client=client, move_type="spot to spot", n=n).data
    assert data.total == len(data.history_list)
    return [(r.from_account, r.to_account, r.amount) for r in data.history_list]


# ---- spot transfers ----------------------------------------------------------------------------------
def test_spot_transfers_in_every_direction_add_up(
    server: MockServer, main: AuthenticatedClient, sub1: AuthenticatedClient
) -> None:
    before = balances(server)
    every_direction("spot", main, sub1, ("250.5", "100", "50.25"), "t")
    spot_sub_to_sub(main, "t4", "30", SUB1, SUB2)
    after = balances(server)
    assert after["main"] - before["main"] == Decimal("-250.5") + 100 + Decimal("50.25")
    assert after[SUB1] - before[SUB1] == Decimal("250.5") - 100 - Decimal("50.25") - 30
    assert after[SUB2] - before[SUB2] == 30
    assert sum(after.values()) == sum(before.values())
    # The futures wallets are not touched by spot transfers.
    assert balances(server, family="futures") == {
        "main": Decimal(50000),
        SUB1: Decimal(1000),
        SUB2: Decimal(0),
    }


def test_spot_transfer_of_another_currency(server: MockServer, main: AuthenticatedClient) -> None:
    spot_main_to_sub(main, "btc-1", "0.5", currency="BTC")
    assert balances(server, "BTC") == {"main": Decimal("1.5"), SUB1: Decimal("0.5"), SUB2: Decimal(0)}
    wallet = get_sub_account_spot_wallet.sync(client=main, sub_account=SUB1, currency="BTC").data.wallet
    assert [(w.currency, w.name, w.available, w.frozen) for w in wallet] == [
        ("BTC", "Bitcoin", Decimal("0.50000000"), Decimal("0.00000000"))
    ]


def test_request_no_is_an_idempotency_key(server: MockServer, main: AuthenticatedClient) -> None:
    spot_main_to_sub(main, "same-number", "10")
    once = balances(server)
    assert error_code(lambda: spot_main_to_sub(main, "same-number", "10")) == 61004
    # The number is taken for every spot transfer of the organisation, whatever the direction.
    assert error_code(lambda: spot_sub_to_main(main, "same-number", "1")) == 61004
    assert balances(server) == once
    assert len(spot_history(main)) == 1
    # The futures family keeps its own numbers.
    futures_main_to_sub(main, "same-number", "10")
    assert error_code(lambda: futures_main_to_sub(main, "same-number", "10")) == 61004
    assert balances(server, family="futures")[SUB1] == Decimal(1010)


def test_a_refused_transfer_uses_no_number(
    server: MockServer, main: AuthenticatedClient, sub2: AuthenticatedClient
) -> None:
    assert error_code(lambda: spot_push(sub2, "retry-me", "5")) == 61001
    spot_main_to_sub(main, "fund-sub2", "5", sub=SUB2)
    spot_push(sub2, "retry-me", "5")
    assert balances(server)[SUB2] == 0


def test_spot_business_errors(
    server: MockServer, main: AuthenticatedClient, sub1: AuthenticatedClient
) -> None:
    before = balances(server)
    assert error_code(lambda: spot_main_to_sub(main, "e1", "0")) == 61000
    assert error_code(lambda: spot_main_to_sub(main, "e2", "10", sub="nobody@demo.mock")) == 61003
    assert error_code(lambda: spot_sub_to_main(main, "e3", "1000.01")) == 61001
    assert error_code(lambda: spot_main_to_sub(main, "e4", "100000.01")) == 61001
    assert error_code(lambda: spot_main_to_sub(main, "e5", "1", currency="NOPE")) == 60002
    assert error_code(lambda: spot_sub_to_sub(main, "e6", "1", "nobody@demo.mock", SUB2)) == 61003
    assert error_code(lambda: spot_sub_to_sub(main, "e7", "1", SUB1, "nobody@demo.mock")) == 61002
    assert error_code(lambda: spot_sub_to_sub(main, "e8", "1", SUB1, SUB1)) == 60000
    assert error_code(lambda: spot_push(sub1, "e9", "1000.5")) == 61001
    assert balances(server) == before
    assert spot_history(main) == []


# ---- who may call what ---------------------------------------------------------------------------------
def test_main_only_operations_refuse_a_sub_account_key(server: MockServer, sub1: AuthenticatedClient) -> None:
    before = balances(server)
    assert error_code(lambda: spot_main_to_sub(sub1, "k1", "1")) == 60026
    assert error_code(lambda: spot_sub_to_main(sub1, "k2", "1")) == 60026
    assert error_code(lambda: spot_sub_to_sub(sub1, "k3", "1", SUB1, SUB2)) == 60026
    assert error_code(lambda: futures_main_to_sub(sub1, "k4", "1")) == 60026
    assert error_code(lambda: futures_sub_to_main(sub1, "k5", "1")) == 60026
    assert error_code(lambda: get_sub_accounts.sync(client=sub1)) == 60026
    assert error_code(lambda: get_sub_account_spot_wallet.sync(client=sub1, sub_account=SUB1)) == 60026
    assert error_code(lambda: get_sub_account_futures_wallet.sync(client=sub1, sub_account=SUB1)) == 60026
    assert (
        error_code(
            lambda: get_sub_account_spot_transfers_as_main.sync(client=sub1, move_type="spot to spot", n=10)
        )
        == 60026
    )
    assert (
        error_code(
            lambda: get_sub_account_futures_transfers_as_main.sync(client=sub1, sub_account=SUB1, limit=10)
        )
        == 60026
    )
    assert balances(server) == before


def test_sub_account_operations_refuse_the_main_key(server: MockServer, main: AuthenticatedClient) -> None:
    before = balances(server), balances(server, family="futures")
    assert error_code(lambda: spot_push(main, "m1", "1")) == 60027
    assert error_code(lambda: futures_push(main, "m2", "1")) == 60027
    body = SubAccountSpotSubToSubAsSubRequest(
        request_no="m3", amount=Decimal("1"), currency="USDT", sub_account=SUB2
    )
    assert error_code(lambda: transfer_sub_to_sub_spot_as_sub_v1.sync(client=main, body=body)) == 60027
    assert (balances(server), balances(server, family="futures")) == before


def test_a_frozen_sub_account_cannot_move_its_funds(
    server: MockServer, main: AuthenticatedClient, sub1: AuthenticatedClient
) -> None:
    with server.app.lock:
        exchange = server.app.exchange
        exchange.subaccounts.set_status(exchange.account(SUB1), STATUS_FROZEN)
    assert error_code(lambda: spot_push(sub1, "f1", "1")) == 60029
    assert error_code(lambda: futures_push(sub1, "f2", "1")) == 60029
    listed = get_sub_accounts.sync(client=main).data.sub_account_list
    assert [(s.account_name, s.status) for s in listed] == [(SUB1, 2), (SUB2, 1)]
    # The main account still pulls from it.
    spot_sub_to_main(main, "f3", "1")
    assert balances(server)[SUB1] == 999


def test_retired_sub_to_sibling_transfer(
    server: MockServer, main: AuthenticatedClient, sub1: AuthenticatedClient
) -> None:
    body = SubAccountSpotSubToSubAsSubRequest(
        request_no="s1", amount=Decimal("40"), currency="USDT", sub_account=SUB2
    )
    transfer_sub_to_sub_spot_as_sub_v1.sync(client=sub1, body=body)
    assert balances(server)[SUB1] == 960 and balances(server)[SUB2] == 40
    again = SubAccountSpotSubToSubAsSubRequest(
        request_no="s1", amount=Decimal("40"), currency="USDT", sub_account=SUB2
    )
    assert error_code(lambda: transfer_sub_to_sub_spot_as_sub_v1.sync(client=sub1, body=again)) == 61004
    unknown = SubAccountSpotSubToSubAsSubRequest(
        request_no="s2", amount=Decimal("1"), currency="USDT", sub_account="x@demo.mock"
    )
    assert error_code(lambda: transfer_sub_to_sub_spot_as_sub_v1.sync(client=sub1, body=unknown)) == 61002
    assert balances(server)[SUB2] == 40


def test_retired_transfer_is_refused_unless_served(main: AuthenticatedClient) -> None:
    config = MockConfig(credentials=(SUB1_KEY,), rate_limits=False)
    with MockServer(MockApp(config)) as retired:
        client = connect(SUB1_KEY.key, SUB1_KEY.secret, SUB1_KEY.memo, base_url=retired.url, retry=None)
        body = SubAccountSpotSubToSubAsSubRequest(
            request_no="r1", amount=Decimal("1"), currency="USDT", sub_account=SUB2
        )
        assert error_code(lambda: transfer_sub_to_sub_spot_as_sub_v1.sync(client=client, body=body)) == 30031
        assert retired.app.exchange.account(SUB2).spot.balance("USDT").available == 0


# ---- futures transfers -----------------------------------------------------------------------------
def test_futures_transfers_add_up(
    server: MockServer, main: AuthenticatedClient, sub1: AuthenticatedClient
) -> None:
    spot_before = balances(server)
    every_direction("futures", main, sub1, ("500", "200", "300.5"), "u")
    after = balances(server, family="futures")
    assert after == {"main": Decimal("50000.5"), SUB1: Decimal("999.5"), SUB2: Decimal(0)}
    assert balances(server) == spot_before
    assert error_code(lambda: futures_push(sub1, "u4", "999.51")) == 61001
    assert error_code(lambda: futures_sub_to_main(main, "u5", "1", sub="nobody@demo.mock")) == 61003
    assert error_code(lambda: futures_main_to_sub(main, "u6", "0.0")) == 61000
    wallet = get_sub_account_futures_wallet.sync(client=main, sub_account=SUB1).data.wallet
    assert [(w.currency, w.available, w.frozen) for w in wallet] == [
        ("USDT", Decimal("999.50000000"), Decimal("0.00000000"))
    ]


# ---- histories -----------------------------------------------------------------------------------------
def test_spot_histories_by_caller(
    clock: ExchangeClock, main: AuthenticatedClient, sub1: AuthenticatedClient, sub2: AuthenticatedClient
) -> None:
    to_sub1_and_back("spot", clock, 1_000, main, sub1, ("100", "20"), "h")
    spot_sub_to_sub(main, "h3", "7", SUB1, SUB2)
    clock.now += 1_000
    spot_main_to_sub(main, "h4", "3", sub=SUB2)
    # The main key's own history: its transfers to and from sub-accounts, newest first.
    assert spot_history(main) == [
        ("main", SUB2, Decimal("3")),
        (SUB1, "main", Decimal("20")),
        ("main", SUB1, Decimal("100")),
    ]
    assert spot_history(sub1) == [
        (SUB1, SUB2, Decimal("7")),
        (SUB1, "main", Decimal("20")),
        ("main", SUB1, Decimal("100")),
    ]
    assert spot_history(sub2) == [("main", SUB2, Decimal("3")), (SUB1, SUB2, Decimal("7"))]
    assert spot_history(sub1, n=1) == [(SUB1, SUB2, Decimal("7"))]
    # The main key's view of its sub-accounts: all of them, or one.
    page = get_sub_account_spot_transfers_as_main.sync(client=main, move_type="spot to spot", n=10).data
    assert page.total == 4
    newest = page.history_list[0]
    assert (newest.from_wallet_type, newest.to_wallet_type, newest.currency) == ("spot", "spot", "USDT")
    assert newest.submission_time == (START_MS + 3_000) // 1000
    only_sub2 = get_sub_account_spot_transfers_as_main.sync(
        client=main, move_type="spot to spot", n=10, account_name=SUB2
    )
    assert [(r.from_account, r.to_account) for r in only_sub2.data.history_list] == [
        ("main", SUB2),
        (SUB1, SUB2),
    ]
    unknown = get_sub_account_spot_transfers_as_main.sync
    assert (
        error_code(lambda: unknown(client=main, move_type="spot to spot", n=10, account_name="x@demo.mock"))
        == 61003
    )


def test_futures_histories_by_caller(
    clock: ExchangeClock, main: AuthenticatedClient, sub1: AuthenticatedClient, sub2: AuthenticatedClient
) -> None:
    to_sub1_and_back("futures", clock, 2_000, main, sub1, ("500", "100"), "g")
    futures_main_to_sub(main, "g3", "1", sub=SUB2)
    spot_main_to_sub(main, "g4", "1")  # a spot transfer is not in the futures records
    records = get_sub_account_futures_transfers_as_main.sync(client=main, sub_account=SUB1, limit=10).data
    assert [
        (r.from_account, r.to_account, r.amount, r.from_wallet_type, r.to_wallet_type) for r in records
    ] == [
        (SUB1, "main", Decimal(Decimal("100")), "future", "future"),
        ("main", SUB1, Decimal("500"), "future", "future"),
    ]
    assert records[0].submission_time == (START_MS + 2_000) // 1000
    own = get_sub_account_futures_transfers.sync(client=sub1, limit=10).data
    assert [(r.from_account, r.to_account) for r in own] == [(SUB1, "main"), ("main", SUB1)]
    assert [r.amount for r in get_sub_account_futures_transfers.sync(client=main, limit=2).data] == [
        Decimal("1"),
        Decimal("100"),
    ]
    assert [r.to_account for r in get_sub_account_futures_transfers.sync(client=sub2, limit=10).data] == [
        SUB2
    ]
    unknown = get_sub_account_futures_transfers_as_main.sync
    assert error_code(lambda: unknown(client=main, sub_account="x@demo.mock", limit=10)) == 61003


def test_records_older_than_three_months_are_gone(clock: ExchangeClock, main: AuthenticatedClient) -> None:
    spot_main_to_sub(main, "old", "1")
    clock.now += 89 * DAY_MS
    spot_main_to_sub(main, "new", "2")
    assert [amount for _, _, amount in spot_history(main)] == [Decimal("2"), Decimal("1")]
    clock.now += 2 * DAY_MS
    assert [amount for _, _, amount in spot_history(main)] == [Decimal("2")]


# ---- wallets and the list ------------------------------------------------------------------------------
def test_wallets_list_non_zero_balances(server: MockServer, main: AuthenticatedClient) -> None:
    assert get_sub_account_spot_wallet.sync(client=main, sub_account=SUB2).data.wallet == []
    spot_main_to_sub(main, "w1", "12.5", sub=SUB2)
    spot_main_to_sub(main, "w2", "0.25", sub=SUB2, currency="ETH")
    wallet = get_sub_account_spot_wallet.sync(client=main, sub_account=SUB2).data.wallet
    assert [(w.currency, w.name, w.available) for w in wallet] == [
        ("ETH", "Ethereum", Decimal("0.25000000")),
        ("USDT", "Tether USD", Decimal("12.50000000")),
    ]
    only = get_sub_account_spot_wallet.sync(client=main, sub_account=SUB2, currency="usdt").data.wallet
    assert [w.currency for w in only] == ["USDT"]
    assert get_sub_account_spot_wallet.sync(client=main, sub_account=SUB2, currency="BTC").data.wallet == []
    assert (
        error_code(lambda: get_sub_account_spot_wallet.sync(client=main, sub_account=SUB2, currency="NOPE"))
        == 60002
    )
    assert (
        error_code(lambda: get_sub_account_spot_wallet.sync(client=main, sub_account="x@demo.mock")) == 61003
    )
    assert get_sub_account_futures_wallet.sync(client=main, sub_account=SUB2).data.wallet == []
    assert (
        error_code(lambda: get_sub_account_futures_wallet.sync(client=main, sub_account="x@demo.mock"))
        == 61003
    )


def test_sub_account_list(main: AuthenticatedClient) -> None:
    listed = get_sub_accounts.sync(client=main).data.sub_account_list
    assert [(s.account_name, s.status) for s in listed] == [(SUB1, 1), (SUB2, 1)]
