"""The funding account on the mock, through the generated client: withdrawals move money and
walk through BitMart's states with time, transfers between the spot and fund wallets, and the
checks BitMart applies to a withdrawal."""

from __future__ import annotations

from decimal import Decimal

import pytest
from bitmart_client import AuthenticatedClient
from bitmart_client.api.funding_account import (
    get_account_balance,
    get_deposit_address,
    get_deposit_withdraw_detail,
    get_deposit_withdraw_history,
    get_withdraw_quota,
    submit_withdraw,
    transfer_spot_fund,
)
from bitmart_client.models import FundingTransferRequest, FundingWithdrawRequest
from bitmart_mock import MockServer
from bitmart_runtime import BitMartAPIError
from exchange_clock import START_MS, ExchangeClock, clocked_client

BOOK_ADDRESS = "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj"  # a verified USDT-TRC20 entry of the demo address book


@pytest.fixture
def client(server: MockServer, clock: ExchangeClock) -> AuthenticatedClient:
    return clocked_client(server, clock)


def _usdt(client: AuthenticatedClient) -> tuple[Decimal, Decimal]:
    entry = next(e for e in get_account_balance.sync(client=client).data.wallet if e.currency == "USDT")
    assert isinstance(entry.fund_available, Decimal)
    return Decimal(entry.available), Decimal(entry.fund_available)


def _withdraw(client: AuthenticatedClient, amount: str, **fields: str) -> str:
    request = FundingWithdrawRequest.from_dict(
        {"currency": "USDT-TRC20", "amount": amount, "address": BOOK_ADDRESS, **fields}
    )
    return submit_withdraw.sync(client=client, body=request).data.withdraw_id


def test_a_withdrawal_takes_amount_and_fee_and_goes_on_chain_with_time(
    client: AuthenticatedClient, clock: ExchangeClock
) -> None:
    spot_before, _ = _usdt(client)
    quota_before = Decimal(
        get_withdraw_quota.sync(client=client, currency="USDT-TRC20").data.today_available_withdraw_btc
    )
    withdraw_id = _withdraw(client, "250")
    fee = Decimal(get_withdraw_quota.sync(client=client, currency="USDT-TRC20").data.withdraw_fee)
    assert _usdt(client)[0] == spot_before - 250 - fee

    states = []
    for minutes in (0, 5, 15):
        clock.now = START_MS + minutes * 60_000
        record = get_deposit_withdraw_detail.sync(client=client, id=withdraw_id).data.record
        states.append((record.status, bool(record.tx_id)))
    assert states == [(1, False), (2, False), (3, True)], "submitted, processing, then on chain with a hash"
    assert Decimal(record.arrival_amount) == 250 and Decimal(record.fee) == fee

    history = get_deposit_withdraw_history.sync(client=client, operation_type="withdraw", n=10).data.records
    assert [r.withdraw_id for r in history] == [withdraw_id]
    quota_after = Decimal(
        get_withdraw_quota.sync(client=client, currency="USDT-TRC20").data.today_available_withdraw_btc
    )
    assert quota_after < quota_before


def test_spot_and_fund_wallets_exchange_money_both_ways(client: AuthenticatedClient) -> None:
    spot, fund = _usdt(client)
    transfer_spot_fund.sync(
        client=client,
        body=FundingTransferRequest(currency="USDT", amount=Decimal("300"), type_="spot_to_fund"),
    )
    assert _usdt(client) == (spot - 300, fund + 300)
    transfer_spot_fund.sync(
        client=client,
        body=FundingTransferRequest(currency="USDT", amount=Decimal("100"), type_="fund_to_spot"),
    )
    assert _usdt(client) == (spot - 200, fund + 200)
    with pytest.raises(BitMartAPIError) as short:
        transfer_spot_fund.sync(
            client=client,
            body=FundingTransferRequest(currency="USDT", amount=Decimal("5000"), type_="fund_to_spot"),
        )
    assert short.value.code == 61001
    assert _usdt(client) == (spot - 200, fund + 200), "a refused transfer moves nothing"


@pytest.mark.parametrize(
    ("amount", "fields", "code"),
    [
        ("5", {}, 60005),  # under the channel's minimum
        ("25.1234567", {}, 60006),  # more decimals than the channel allows
        ("25", {"address": "not-an-address"}, 60011),
        ("25", {"address": "TJDENsfBJs4RFETt1X1W8wMDc8M5XnJhCe"}, 60007),  # valid, not in the address book
        ("900000", {}, 60008),  # more than the wallets hold
    ],
)
def test_withdrawal_checks_answer_bitmarts_codes(
    client: AuthenticatedClient, amount: str, fields: dict[str, str], code: int
) -> None:
    before = _usdt(client)
    with pytest.raises(BitMartAPIError) as refused:
        _withdraw(client, amount, **fields)
    assert refused.value.code == code
    assert _usdt(client) == before


def test_deposit_addresses_are_stable_per_channel(client: AuthenticatedClient) -> None:
    first = get_deposit_address.sync(client=client, currency="USDT-TRC20").data
    again = get_deposit_address.sync(client=client, currency="USDT-TRC20").data
    erc20 = get_deposit_address.sync(client=client, currency="USDT-ERC20").data
    assert first.address == again.address and first.address.startswith("T") and len(first.address) == 34
    assert erc20.address.startswith("0x") and erc20.chain == "ERC20"
