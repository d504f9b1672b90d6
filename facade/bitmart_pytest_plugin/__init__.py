"""pytest plugin (registered as ``bitmart_mock``): the mock exchange as fixtures.

A package of its own, apart from ``bitmart_openapi``: pytest imports every registered plugin
when it starts, and importing the facade imports the whole client, before coverage or the
user's own fixtures are set up.

Installed with the package, so any project's tests can use it::

    def test_my_bot(bitmart_mock_client):
        assert bitmart_mock_client.spot_market.get_spot_ticker(symbol="BTC_USDT").data.last

``bitmart_mock_server`` gives the server itself (``.url``, ``.app`` with its state, faults and
journal), ``bitmart_mock_client`` a client connected to it with the mock's credential. Each
test gets a fresh exchange (funded demo accounts, no orders) on a free loopback port; override
``bitmart_mock_config`` to change credentials, rate limits or the seed, or to give the demo
accounts a seeded year of history (``MockConfig(history=True)``).

The mock needs the ``mock`` extra (uvicorn, jsonschema-rs). Nothing is imported until a test
asks for a fixture, so installing the client alone never breaks ``pytest``; a test that asks
for one without the extra fails with the command that installs it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

MOCK_EXTRA_HINT = "pip install 'bitmart-openapi[mock]'"
"""The mock server (``bitmart_mock``, its fixtures, ``bitmart-mock``) needs uvicorn and jsonschema-rs."""

if TYPE_CHECKING:
    from bitmart_client.areas import BitMartClient
    from bitmart_mock import MockConfig, MockServer


def _require_mock() -> None:
    """Import ``bitmart_mock``, or fail the test with the command that installs it."""
    try:
        import bitmart_mock  # noqa: F401 - imported for its dependencies
    except ModuleNotFoundError as error:
        missing = error.name
    else:
        return
    # Outside the except block, so that the report is this one line, not an import traceback.
    pytest.fail(
        f"the BitMart mock fixtures need the mock extra ({missing} is missing): {MOCK_EXTRA_HINT}",
        pytrace=False,
    )


@pytest.fixture
def bitmart_mock_config() -> MockConfig:
    """The configuration of ``bitmart_mock_server``: the default credential, every permission."""
    _require_mock()
    from bitmart_mock import MockConfig

    return MockConfig()


@pytest.fixture
def bitmart_mock_server(bitmart_mock_config: MockConfig) -> Iterator[MockServer]:
    """A mock BitMart serving over HTTP on 127.0.0.1 and a free port for the test's duration."""
    from bitmart_mock import MockApp, MockServer

    with MockServer(MockApp(bitmart_mock_config)) as server:
        yield server


@pytest.fixture
def bitmart_mock_client(
    bitmart_mock_server: MockServer, bitmart_mock_config: MockConfig
) -> Iterator[BitMartClient]:
    """A client of ``bitmart_mock_server`` with the first credential of ``bitmart_mock_config``."""
    from bitmart_auth import connect

    credential = bitmart_mock_config.credentials[0]
    with connect(
        credential.key, credential.secret, credential.memo, base_url=bitmart_mock_server.url
    ) as client:
        yield client
