"""Where the examples connect, and with which key: the local mock unless the environment says otherwise.

Not an example itself: the scripts that talk to a running server pass what these functions
return to ``connect()`` (``connect(*credentials(), base_url=base_url())``, or ``base_url``
alone for public market data).

- ``BITMART_BASE_URL``: the server; unset, the mock (``python -m bitmart_mock --port 8080``);
  set to an empty string, BitMart's own hosts.
- ``BITMART_API_KEY`` / ``_SECRET`` / ``_MEMO``: the credentials; unset, the mock's demo account.

The environment is read on every call, not once at import, so a process that changes it between
two scripts (as the tests do) gets the current values.
"""

from os import environ

__all__ = ["base_url", "credentials"]

MOCK_URL = "http://127.0.0.1:8080"


def base_url() -> str | None:
    """``BITMART_BASE_URL``, the mock's address when unset; ``None`` (BitMart itself) when empty."""
    return environ.get("BITMART_BASE_URL", MOCK_URL) or None


def credentials() -> tuple[str, str, str]:
    """Key, secret and memo from ``BITMART_API_*``, each defaulting to the mock's demo account."""
    return (
        environ.get("BITMART_API_KEY", "mock-key"),
        environ.get("BITMART_API_SECRET", "mock-secret"),
        environ.get("BITMART_API_MEMO", "mock-memo"),
    )
