"""Money and quantities are ``Decimal``, written back exactly as BitMart sent them."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from bitmart_client import Client
from bitmart_client.api.spot_market import get_spot_recent_trades, get_spot_tickers
from bitmart_client.api.spot_trading import get_spot_order
from bitmart_client.client import DOCUMENT
from bitmart_client.models import SpotOrder, SpotSubmitOrderRequest
from bitmart_client.rows import BookLevel, SpotPublicTrade, SpotTickerRow
from bitmart_runtime import ParseOptions, lenient
from operation_harness import success_example

BUNDLE: dict[str, Any] = json.loads(DOCUMENT.read_text(encoding="utf-8"))


def _read(module: Any, answer: Any, *, strict: bool = False) -> Any:
    client = Client(
        base_url="https://example.invalid", parse_options=ParseOptions(strict=strict, document=DOCUMENT)
    )
    response = httpx.Response(200, json=answer, request=httpx.Request("GET", "https://example.invalid/"))
    return module._build_response(client=client, response=response)


def test_amounts_are_decimals_and_written_back_exactly() -> None:
    answer = success_example(BUNDLE, "get_spot_order")
    data = {**answer["data"], "size": "0.00000001", "notional": "60.10000000", "price": ""}
    order = _read(get_spot_order, {**answer, "data": data}, strict=True).parsed.data
    assert order.size == Decimal("0.00000001") and isinstance(order.size, Decimal)
    assert order.notional == Decimal("60.1") and order.price is None  # "" means no price
    written = order.to_dict()
    assert (written["size"], written["notional"], written["price"]) == ("0.00000001", "60.10000000", "")


def test_a_changed_amount_is_written_in_plain_notation() -> None:
    order = SpotOrder.from_dict(success_example(BUNDLE, "get_spot_order")["data"])
    order.size = Decimal("1E-8")
    order.filled_size = Decimal("123.4500")
    written = order.to_dict()
    assert written["size"] == "0.00000001" and written["filledSize"] == "123.4500"


@pytest.mark.parametrize("text", ["+0.0075", "-0.50", "00012.1"])
def test_unusual_spellings_round_trip(text: str) -> None:
    sent = {"rate": text}
    value = lenient.to_decimal(text, "M", "rate")
    assert value == Decimal(text)
    assert lenient.decimal_text(value, sent, "rate") == text


def test_a_request_takes_decimals_and_refuses_floats() -> None:
    order = SpotSubmitOrderRequest(symbol="BTC_USDT", side="buy", type_="limit", size=Decimal("0.0010"))
    order.price = Decimal("60000")
    assert order.to_dict()["size"] == "0.0010" and order.to_dict()["price"] == "60000"
    order.price = 60000.5  # type: ignore[assignment]
    with pytest.raises(TypeError, match="price is a float"):
        order.to_dict()


def test_a_value_that_is_not_a_decimal_is_kept_as_sent_and_recorded() -> None:
    answer = success_example(BUNDLE, "get_spot_order")
    response = _read(get_spot_order, {**answer, "data": {**answer["data"], "size": "about one"}})
    assert response.parsed.data.size == "about one"
    assert [(entry.path, entry.kind) for entry in response.drift] == [("$.data.size", "pattern")]


def test_rows_stay_strings_and_the_row_accessors_give_decimals() -> None:
    tickers = _read(get_spot_tickers, success_example(BUNDLE, "get_spot_tickers"), strict=True).parsed.data
    row = SpotTickerRow.of(tickers[0])
    assert isinstance(tickers[0][1], str) and row.last == Decimal(tickers[0][1])
    assert row.symbol == tickers[0][0] and row.time == tickers[0][-1]
    trades = _read(get_spot_recent_trades, success_example(BUNDLE, "get_spot_recent_trades")).parsed.data
    trade = SpotPublicTrade.of(trades[0])
    assert trade.side in ("buy", "sell") and isinstance(trade.price, Decimal)
    level = BookLevel.of(["1.5", "abc"])
    assert level.price == Decimal("1.5") and str(level.amount) == "abc"  # kept as sent
