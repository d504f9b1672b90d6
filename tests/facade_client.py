"""A facade client served in process by a mock, for the facade's tests."""

from __future__ import annotations

import bitmart_openapi
from bitmart_mock import MockApp


def mock_client(app: MockApp) -> bitmart_openapi.BitMartClient:
    """``bitmart_openapi.connect`` with the mock's key: ``app`` answers its sync and async calls."""
    transport = app.httpx_transport()
    return bitmart_openapi.connect(
        "mock-key",
        "mock-secret",
        "mock-memo",
        base_url="http://mock.test",
        transport=transport,
        async_transport=transport,
    )


__all__ = ["mock_client"]
