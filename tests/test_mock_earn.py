"""Earn on the mock, with a moving exchange clock: savings leave the spot wallet, earn interest
by the day, and come back on redemption; a fixed term pays out at maturity, an early exit
returns the principal only; a repeated requestNo does nothing twice."""

from __future__ import annotations

from decimal import Decimal

import pytest
from bitmart_client import AuthenticatedClient
from bitmart_client.api.earn import (
    get_earn_fixed_positions,
    get_earn_flexible_positions,
    get_earn_flexible_records,
    redeem_earn_fixed_early,
    redeem_earn_flexible,
    subscribe_earn_fixed,
    subscribe_earn_flexible,
)
from bitmart_client.api.spot_account import get_spot_wallet
from bitmart_client.models import (
    RedeemEarnFixedEarlyBody,
    RedeemEarnFlexibleBody,
    SubscribeEarnFixedBody,
    SubscribeEarnFlexibleBody,
)
from bitmart_mock import MockServer
from bitmart_runtime import BitMartAPIError
from exchange_clock import DAY_MS, ExchangeClock, clocked_client


@pytest.fixture
def client(server: MockServer, clock: ExchangeClock) -> AuthenticatedClient:
    return clocked_client(server, clock)


def _usdt(client: AuthenticatedClient) -> Decimal:
    return Decimal(
        next(e.available for e in get_spot_wallet.sync(client=client).data.wallet if e.id == "USDT")
    )


def test_flexible_savings_earn_by_the_day_and_come_back(
    client: AuthenticatedClient, clock: ExchangeClock
) -> None:
    start = _usdt(client)
    subscribe = SubscribeEarnFlexibleBody(product_id="1001", amount=Decimal("3650"), request_no="1" * 20)
    subscribe_earn_flexible.sync(client=client, body=subscribe)
    subscribe_earn_flexible.sync(client=client, body=subscribe)  # same requestNo: not twice
    assert _usdt(client) == start - 3650
    clock.now += 10 * DAY_MS + DAY_MS // 2  # ten whole days
    position = get_earn_flexible_positions.sync(client=client, current_page=1, size_page=10).data.list_[0]
    assert isinstance(position.total_profit, Decimal)
    assert Decimal(position.total_profit) == Decimal("5")  # 3650 * 5 % * 10 / 365
    redeem = RedeemEarnFlexibleBody(earn_id=position.earn_id, amount=Decimal("3650"), request_no="2" * 20)
    redeem_earn_flexible.sync(client=client, body=redeem)
    assert _usdt(client) == start + 5
    kinds = [
        r.type_
        for r in get_earn_flexible_records.sync(
            client=client, type_="interest", current_page=1, size_page=10
        ).data.list_
    ]
    assert kinds == ["interest"]
    assert get_earn_flexible_positions.sync(client=client, current_page=1, size_page=10).data.list_ == []


def test_a_fixed_term_pays_at_maturity_and_an_early_exit_forfeits(
    client: AuthenticatedClient, clock: ExchangeClock
) -> None:
    start = _usdt(client)
    for number, amount in (("3" * 20, "1000"), ("4" * 20, "2000")):
        body = SubscribeEarnFixedBody(
            product_id="2001", amount=Decimal(amount), request_no=number, auto_subscribe="OFF"
        )
        subscribe_earn_fixed.sync(client=client, body=body)
    assert _usdt(client) == start - 3000
    held = get_earn_fixed_positions.sync(client=client, current_page=1, size_page=10).data.list_
    early = next(p for p in held if p.amount == Decimal("2000"))
    clock.now += 10 * DAY_MS
    redeem_earn_fixed_early.sync(
        client=client, body=RedeemEarnFixedEarlyBody(earn_id=early.earn_id, request_no="5" * 20)
    )
    assert _usdt(client) == start - 1000, "early: principal back, interest lost"
    clock.now += 25 * DAY_MS  # past the 30-day term
    interest = (Decimal(1000) * Decimal("0.08") * 30 / 365).quantize(
        Decimal("0.00000001"), rounding="ROUND_DOWN"
    )
    assert _usdt(client) == (start + interest).quantize(Decimal("0.00000001"))
    assert get_earn_fixed_positions.sync(client=client, current_page=1, size_page=10).data.list_ == []


def test_limits_and_balance_are_checked(client: AuthenticatedClient) -> None:
    with pytest.raises(BitMartAPIError) as small:
        subscribe_earn_flexible.sync(
            client=client,
            body=SubscribeEarnFlexibleBody(product_id="1001", amount=Decimal("1"), request_no="6" * 20),
        )
    assert small.value.code == 60000 and "between" in small.value.message
    with pytest.raises(BitMartAPIError) as poor:
        subscribe_earn_flexible.sync(
            client=client,
            body=SubscribeEarnFlexibleBody(product_id="1002", amount=Decimal("5"), request_no="7" * 20),
        )
    assert poor.value.code == 60008
