"""The one-import facade: what it exports, the operations by area, what importing it costs."""

from __future__ import annotations

import importlib
import importlib.metadata
import inspect
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import bitmart_client.api
import bitmart_openapi
import bitmart_runtime
import bitmart_runtime.errors
import httpx
import pytest
from bitmart_client.areas import BitMartClient
from bitmart_client.areas._bound import BoundOperation
from bitmart_client.operations import OPERATIONS
from bitmart_mock import Fault, MockApp, MockConfig
from facade_client import mock_client

REPO = Path(__file__).resolve().parent.parent


def test_every_exception_class_is_exported() -> None:
    errors = {
        name
        for name, value in vars(bitmart_runtime.errors).items()
        if isinstance(value, type) and issubclass(value, bitmart_runtime.errors.BitMartError)
    }
    assert len(errors) >= 16
    assert errors <= set(bitmart_openapi.__all__)
    for name in errors:
        assert getattr(bitmart_openapi, name) is getattr(bitmart_runtime.errors, name)


def test_exports_resolve_and_include_the_user_facing_names() -> None:
    for name in bitmart_openapi.__all__:
        assert getattr(bitmart_openapi, name) is not None, name
    for name in ("connect", "RetryPolicy", "RateLimiter", "Credentials", "BitMartClient", "models"):
        assert name in bitmart_openapi.__all__
    # The runtime exports what the README tells users to pass, not only its plumbing.
    assert bitmart_runtime.RetryPolicy is bitmart_openapi.RetryPolicy
    assert bitmart_runtime.RateLimiter is bitmart_openapi.RateLimiter
    assert {"RetryPolicy", "RateLimiter"} <= set(bitmart_runtime.__all__)


def test_version_comes_from_the_metadata_and_names_the_user_agent() -> None:
    version = importlib.metadata.version("bitmart-openapi")
    assert bitmart_openapi.__version__ == version
    client = bitmart_openapi.connect(base_url="http://mock.test", transport=MockApp().httpx_transport())
    assert client.get_httpx_client().headers["User-Agent"] == f"bitmart-openapi/{version}"
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        bitmart_openapi.nonexistent  # type: ignore[attr-defined]  # noqa: B018


def test_the_version_is_written_in_pyproject_only() -> None:
    pyproject = (REPO / "pyproject.toml").read_text()
    version = importlib.metadata.version("bitmart-openapi")
    assert f'version = "{version}"' in pyproject
    hand_written = ["facade", "auth_plugin", "runtime"]
    for folder in hand_written:
        for path in (REPO / folder).rglob("*.py"):
            assert f'"{version}"' not in path.read_text(), path


def test_every_operation_is_offered_by_area() -> None:
    client = mock_client(MockApp())
    areas = [name for _, name, is_package in pkgutil.iter_modules(bitmart_client.api.__path__) if is_package]
    assert len(areas) == 13
    seen = set()
    for area in areas:
        group = getattr(client, area)
        modules = pkgutil.iter_modules(importlib.import_module(f"bitmart_client.api.{area}").__path__)
        for _, name, _ in modules:
            bound = getattr(group, name)
            assert isinstance(bound, BoundOperation)
            module = importlib.import_module(f"bitmart_client.api.{area}.{name}")
            assert repr(bound) == f"<bound operation {module.__name__}>"
            # The signature is the generated one without ``client``.
            generated = inspect.signature(module.sync).parameters
            assert list(inspect.signature(bound).parameters) == [p for p in generated if p != "client"]
            seen.add(module.OPERATION_ID)
    assert seen == set(OPERATIONS)


def test_area_calls_return_what_the_generated_functions_return() -> None:
    from bitmart_client.api.spot_market import get_spot_ticker

    client = mock_client(MockApp())
    via_area = client.spot_market.get_spot_ticker(symbol="BTC_USDT")
    direct = get_spot_ticker.sync(client=client, symbol="BTC_USDT")
    assert type(via_area) is type(direct)
    assert via_area.data.symbol == "BTC_USDT" == direct.data.symbol
    detailed = client.spot_market.get_spot_ticker.detailed(symbol="ETH_USDT")
    assert detailed.status_code == 200
    assert detailed.parsed.data.symbol == "ETH_USDT"
    assert detailed.rate_limit is not None


async def test_area_calls_await_on_the_async_client() -> None:
    client = mock_client(MockApp())
    ticker = await client.spot_market.get_spot_ticker.asyncio(symbol="BTC_USDT")
    detailed = await client.spot_market.get_spot_ticker.asyncio_detailed(symbol="BTC_USDT")
    assert ticker.data.symbol == detailed.parsed.data.symbol == "BTC_USDT"
    wallet = await client.spot_account.get_spot_wallet.asyncio()
    assert {balance.id for balance in wallet.data.wallet} >= {"USDT", "BTC"}


def test_area_calls_raise_the_typed_errors() -> None:
    app = MockApp(MockConfig(rate_limits=False))
    client = mock_client(app)
    with pytest.raises(bitmart_openapi.InvalidRequestError) as raised:
        client.spot_market.get_spot_ticker(symbol="NOPE_USDT")
    assert raised.value.operation == "get_spot_ticker"
    app.add_fault(Fault("server_error", "get_spot_wallet", times=5))
    no_retry = bitmart_openapi.connect(
        "mock-key",
        "mock-secret",
        "mock-memo",
        base_url="http://m.test",
        transport=app.httpx_transport(),
        retry=None,
    )
    with pytest.raises(bitmart_openapi.ServerError):
        no_retry.spot_account.get_spot_wallet()


def test_the_client_still_works_as_a_context_manager_and_with_headers() -> None:
    client = mock_client(MockApp())
    with client as opened:
        assert opened is client
        assert opened.system.get_system_time().data.server_time > 0
    tagged = client.with_headers({"X-Trace": "1"})
    assert isinstance(tagged, BitMartClient)
    assert tagged.system.get_system_service().code == 1000


def test_importing_the_facade_imports_no_area_operation_model_mock_or_metadata() -> None:
    # What costs time stays out of ``import bitmart_openapi`` (the bench measures the time).
    probe = "import json, sys; import bitmart_openapi; print(json.dumps(sorted(m for m in sys.modules)))"
    loaded = set(
        json.loads(
            subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
        )
    )
    assert "bitmart_openapi" in loaded and "httpx" in loaded
    heavy = sorted(
        m
        for m in loaded
        if m.startswith(
            ("bitmart_client.api.", "bitmart_client.models.", "bitmart_mock", "uvicorn", "jsonschema")
        )
        or (m.startswith("bitmart_client.areas.") and m != "bitmart_client.areas._bound")
        or m in ("bitmart_client.models", "importlib.metadata", "pytest")
    )
    assert heavy == []


def test_the_area_module_is_imported_on_first_use_only() -> None:
    probe = (
        "import sys, bitmart_openapi; c = bitmart_openapi.connect(); "
        "before = 'bitmart_client.areas.spot_market' in sys.modules; c.spot_market; "
        "op = 'bitmart_client.api.spot_market.get_spot_ticker' in sys.modules; "
        "c.spot_market.get_spot_ticker; print(before, 'bitmart_client.areas.spot_market' in sys.modules, op)"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["False", "True", "False"]


def test_operation_descriptor_on_the_class_keeps_the_signature_and_doc() -> None:
    from bitmart_client.areas.spot_market import SpotMarket

    declared = SpotMarket.get_spot_ticker
    assert declared.module_name == "bitmart_client.api.spot_market.get_spot_ticker"
    assert "Auth: NONE" in (declared.__doc__ or "")
    assert "symbol" in inspect.signature(declared.__wrapped__).parameters
    with pytest.raises(NotImplementedError):
        declared.__wrapped__(None, symbol="BTC_USDT")


def test_bound_operations_pass_keyword_arguments_through() -> None:
    seen: list[httpx.Request] = []
    app = MockApp()
    inner = app.httpx_transport()

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return inner.handle_request(request)

    client = bitmart_openapi.connect(base_url="http://m.test", transport=httpx.MockTransport(record))
    client.spot_market.get_spot_order_book(symbol="BTC_USDT", limit=5)
    assert seen[0].url.params == httpx.QueryParams({"symbol": "BTC_USDT", "limit": "5"})
    assert seen[0].extensions["bitmart_operation"] == "get_spot_order_book"
