"""What a type checker knows about ``client.<area>.<operation>``: checked by ``mypy --strict``.

The typecheck session runs mypy over this file: ``assert_type`` fails it if an inferred type
differs, and the ``type: ignore[...]`` comments fail it (as unused) if mypy stopped rejecting
those wrong calls. pytest runs the same calls against the in-process mock.
"""

from __future__ import annotations

from decimal import Decimal
from typing import assert_type

import pytest
from bitmart_client.models import (
    SpotOrderPlacedResponse,
    SpotSubmitOrderRequest,
    SpotTickerResponse,
    SpotWalletResponse,
)
from bitmart_mock import MockApp
from bitmart_openapi import BitMartClient, Response
from facade_client import mock_client


def test_sync_calls_are_typed() -> None:
    client = mock_client(MockApp())
    assert_type(client, BitMartClient)
    ticker = client.spot_market.get_spot_ticker(symbol="BTC_USDT")
    assert_type(ticker, SpotTickerResponse)
    assert_type(ticker.data.last, Decimal)
    detailed = client.spot_market.get_spot_ticker.detailed(symbol="BTC_USDT")
    assert_type(detailed, Response[SpotTickerResponse])
    order = SpotSubmitOrderRequest(
        symbol="BTC_USDT", side="buy", type_="limit", size=Decimal("0.001"), price=Decimal("10000")
    )
    placed = client.spot_trading.submit_spot_order(body=order)
    assert_type(placed, SpotOrderPlacedResponse)
    assert placed.data.order_id


async def test_async_calls_are_typed() -> None:
    client = mock_client(MockApp())
    wallet = await client.spot_account.get_spot_wallet.asyncio()
    assert_type(wallet, SpotWalletResponse)
    detailed = await client.spot_account.get_spot_wallet.asyncio_detailed()
    assert_type(detailed, Response[SpotWalletResponse])
    assert wallet.data.wallet and detailed.status_code == 200


def test_wrong_calls_are_rejected() -> None:
    client = mock_client(MockApp())
    market = client.spot_market
    # Misspelt, missing and positional arguments: each a mypy error, and a TypeError at run time.
    with pytest.raises(TypeError, match="symbl"):
        market.get_spot_ticker(symbl="BTC_USDT")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="symbol"):
        market.get_spot_ticker()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="positional"):
        market.get_spot_ticker("BTC_USDT")  # type: ignore[call-arg]
    with pytest.raises(AttributeError):
        _ = client.spot_market.no_such_operation  # type: ignore[attr-defined]
