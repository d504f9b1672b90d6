"""Spot <-> futures transfers on the mock: both wallets move, the list and the futures
transaction history show them, and a short wallet is refused without moving anything."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from bitmart_auth import connect
from bitmart_client import AuthenticatedClient
from bitmart_client.api.funding_account import get_account_balance
from bitmart_client.api.futures_account import (
    get_futures_assets,
    get_futures_transaction_history,
    get_spot_futures_transfers,
    transfer_futures_fund_account,
    transfer_spot_futures,
)
from bitmart_client.api.spot_account import get_spot_wallet
from bitmart_client.models import (
    FuturesTransferFundRequest,
    FuturesTransferListRequest,
    FuturesTransferRequest,
    FuturesTransferType,
)
from bitmart_mock import MockApp, MockConfig, MockServer
from bitmart_runtime import BitMartAPIError


@pytest.fixture
def client() -> Iterator[AuthenticatedClient]:
    with MockServer(MockApp(MockConfig(rate_limits=False, validate_responses=True))) as server:
        yield connect("mock-key", "mock-secret", "mock-memo", base_url=server.url, retry=None)


def _balances(client: AuthenticatedClient) -> tuple[Decimal, Decimal]:
    spot = next(e for e in get_spot_wallet.sync(client=client).data.wallet if e.id == "USDT")
    futures = next(a for a in get_futures_assets.sync(client=client).data if a.currency == "USDT")
    return Decimal(spot.available), Decimal(futures.available_balance)


def _move(client: AuthenticatedClient, amount: str, direction: FuturesTransferType) -> None:
    body = FuturesTransferRequest(currency="USDT", amount=Decimal(amount), type_=direction)
    assert transfer_spot_futures.sync(client=client, body=body).data.amount == Decimal(amount)


def test_transfers_move_both_wallets_and_are_listed(client: AuthenticatedClient) -> None:
    spot, futures = _balances(client)
    _move(client, "1500", "spot_to_contract")
    _move(client, "200.5", "contract_to_spot")
    assert _balances(client) == (spot - Decimal("1299.5"), futures + Decimal("1299.5"))
    listed = get_spot_futures_transfers.sync(
        client=client, body=FuturesTransferListRequest(page=1, limit=10)
    ).data
    assert [(r.amount, r.type_, r.state) for r in listed.records] == [
        (Decimal("200.5"), "contract_to_spot", "FINISHED"),
        (Decimal("1500"), "spot_to_contract", "FINISHED"),
    ]
    for _ in range(10):
        _move(client, "1", "spot_to_contract")
    page_two = FuturesTransferListRequest(page=2, limit=10)
    older = get_spot_futures_transfers.sync(client=client, body=page_two).data.records
    assert [r.amount for r in older] == [Decimal("200.5"), Decimal("1500")]
    flows = get_futures_transaction_history.sync(client=client, flow_type=1).data
    assert sorted(Decimal(f.amount) for f in flows) == [Decimal("-200.5")] + [Decimal(1)] * 10 + [
        Decimal("1500")
    ]


def test_a_short_wallet_is_refused_and_nothing_moves(client: AuthenticatedClient) -> None:
    before = _balances(client)
    with pytest.raises(BitMartAPIError) as refused:
        _move(client, "999999", "contract_to_spot")
    assert refused.value.code == 40027
    with pytest.raises(BitMartAPIError) as precision:
        _move(client, "1.123456789", "spot_to_contract")
    assert precision.value.code == 40005
    assert _balances(client) == before


def test_the_fund_wallet_and_futures_exchange_money(client: AuthenticatedClient) -> None:
    futures_before = _balances(client)[1]
    out = FuturesTransferFundRequest(currency="USDT", amount=Decimal("300"), type_="contract_to_fund")
    transfer_futures_fund_account.sync(client=client, body=out)
    back = FuturesTransferFundRequest(currency="USDT", amount=Decimal("120"), type_="fund_to_contract")
    transfer_futures_fund_account.sync(client=client, body=back)
    fund = next(e for e in get_account_balance.sync(client=client).data.wallet if e.currency == "USDT")
    assert isinstance(fund.fund_available, Decimal)
    assert Decimal(fund.fund_available) == 180
    assert _balances(client)[1] == futures_before - 180
    with pytest.raises(BitMartAPIError) as short:
        transfer_futures_fund_account.sync(
            client=client,
            body=FuturesTransferFundRequest(currency="USDT", amount=Decimal("181"), type_="fund_to_contract"),
        )
    assert short.value.code == 40027
