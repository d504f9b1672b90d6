"""pytest plugin (registered as ``bitmart_mock``): the mock exchange as a fixture.

Installed with the package, so any project's tests can use it::

    def test_my_bot(bitmart_mock_server):
        url = bitmart_mock_server.url
        client = bitmart_auth.connect("mock-key", "mock-secret", "mock-memo", base_url=url)
        ...

Each test gets a fresh exchange (funded demo accounts, no orders) on a free loopback port.
Override the ``bitmart_mock_config`` fixture to change credentials, rate limits or the seed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .app import MockApp
from .config import MockConfig
from .server import MockServer


@pytest.fixture
def bitmart_mock_config() -> MockConfig:
    """The configuration of ``bitmart_mock_server``: the default credential, every permission."""
    return MockConfig()


@pytest.fixture
def bitmart_mock_server(bitmart_mock_config: MockConfig) -> Iterator[MockServer]:
    """A mock BitMart serving over HTTP on 127.0.0.1 and a free port for the test's duration."""
    with MockServer(MockApp(bitmart_mock_config)) as server:
        yield server
