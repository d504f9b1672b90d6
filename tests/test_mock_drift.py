"""The mock's drifting answers: a ``drift`` fault makes a real answer depart from the document."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest
from bitmart_auth import connect
from bitmart_client.models import SpotSubmitOrderRequest
from bitmart_mock import Fault, MockApp
from bitmart_mock.drifting import EXTRA_FIELD, MUTATIONS, UNLISTED
from bitmart_runtime import DriftError

KEY = ("mock-key", "mock-secret", "mock-memo")
KINDS = {"extra_field": "extra", "unlisted_enum": "enum", "missing_field": "missing", "null_string": "null"}
"""The kind of drift entry each mutation must produce."""


@pytest.fixture(scope="module")
def app() -> MockApp:
    """A mock with one resting spot order, so that order answers hold enums and strings."""
    mock = MockApp()
    order = SpotSubmitOrderRequest(
        symbol="BTC_USDT", side="buy", type_="limit", size=Decimal("0.01"), price=Decimal("1000")
    )
    _client(mock, strict=True).spot_trading.submit_spot_order(body=order)  # type: ignore[attr-defined]
    return mock


def _client(app: MockApp, *, strict: bool) -> object:
    transport = app.httpx_transport()
    return connect(*KEY, transport=transport, async_transport=transport, retry=None, strict=strict)


@pytest.mark.parametrize("mutation", MUTATIONS)
def test_a_drift_fault_reaches_a_lenient_client_as_recorded_drift(app: MockApp, mutation: str) -> None:
    app.add_fault(Fault("drift", "get_spot_open_orders", mutation=mutation))
    client = _client(app, strict=False)
    response = client.spot_trading.get_spot_open_orders.detailed()  # type: ignore[attr-defined]
    assert response.parsed.data[0].symbol == "BTC_USDT"
    assert response.drift, f"{mutation} left no trace"
    kinds = {entry.kind for entry in response.drift}
    assert KINDS[mutation] in kinds


def test_a_drift_fault_fails_a_strict_client_and_is_used_once(app: MockApp) -> None:
    app.add_fault(Fault("drift", "get_spot_ticker", mutation="extra_field"))
    client = _client(app, strict=True)
    with pytest.raises(DriftError):
        client.spot_market.get_spot_ticker(symbol="BTC_USDT")  # type: ignore[attr-defined]
    assert client.spot_market.get_spot_ticker(symbol="BTC_USDT").data.last  # type: ignore[attr-defined]


def test_drift_applies_to_success_answers_only_and_executes_the_call(app: MockApp) -> None:
    app.add_fault(Fault("drift", "get_spot_order", mutation="unlisted_enum"))
    transport = app.httpx_transport()
    with httpx.Client(transport=transport, base_url="http://mock") as raw:
        answer = raw.get("/spot/quotation/v3/ticker", params={"symbol": "NOPE_PAIR"})
    assert EXTRA_FIELD not in answer.text and UNLISTED not in answer.text


def test_the_control_api_plans_drift_and_refuses_unknown_mutations(app: MockApp) -> None:
    transport = app.httpx_transport()
    with httpx.Client(transport=transport, base_url="http://127.0.0.1") as raw:
        refused = raw.post("/__mock__/faults", json={"kind": "drift", "mutation": "chaos"})
        planned = raw.post(
            "/__mock__/faults",
            json={"kind": "drift", "operation": "get_spot_ticker", "mutation": "extra_field"},
        )
        answer = raw.get("/spot/quotation/v3/ticker", params={"symbol": "BTC_USDT"})
    assert refused.status_code == 400 and "mutation" in refused.text
    assert planned.status_code == 200
    assert EXTRA_FIELD in json.loads(answer.text)["data"]
