"""Who may call the mock: API credentials with their permissions, from options or a file.

With no credential configured the mock accepts the documented default ``mock-key`` /
``mock-secret`` / ``mock-memo`` with every permission, on the funded demo account.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from pathlib import Path

from ._spec import SPEC

ALL_PERMISSIONS = frozenset(SPEC.rules.permissions)
"""Every permission a BitMart API key can have (``x-bitmart-permissions`` of the document)."""


@dataclass(frozen=True)
class MockCredential:
    """An API key the mock accepts, the account it belongs to and what it may do."""

    key: str
    secret: str = field(repr=False)
    memo: str = field(repr=False)
    permissions: frozenset[str] = ALL_PERMISSIONS
    account: str = "main"
    """Which demo account the key acts for: ``main`` or a sub-account name."""
    frozen: bool = False
    expired: bool = False

    @classmethod
    def parse(cls, text: str) -> MockCredential:
        """``key:secret:memo[:perm1,perm2][@account]``, as given on the command line."""
        account = "main"
        if "@" in text:
            text, account = text.rsplit("@", 1)
        parts = text.split(":")
        if len(parts) not in (3, 4) or not all(parts[:3]):
            raise ValueError("a credential is key:secret:memo[:permission,permission][@account]")
        permissions = (
            ALL_PERMISSIONS if len(parts) == 3 else frozenset(p.strip() for p in parts[3].split(","))
        )
        unknown = permissions - ALL_PERMISSIONS
        if unknown:
            raise ValueError(f"unknown permission(s) {sorted(unknown)}; known: {sorted(ALL_PERMISSIONS)}")
        return cls(parts[0], parts[1], parts[2], permissions, account)


DEFAULT_CREDENTIAL = MockCredential("mock-key", "mock-secret", "mock-memo")


@dataclass
class MockConfig:
    """Settings of one mock exchange."""

    credentials: tuple[MockCredential, ...] = (DEFAULT_CREDENTIAL,)
    rate_limits: bool = True
    """Enforce each operation's documented rate limit (429 / ``too_many_requests``)."""
    validate_responses: bool = False
    """Check every answer against the spec and record each mismatch in ``MockApp.violations``.

    The answer itself is sent unchanged; tests turn this on and assert that no violation was
    recorded.
    """
    serve_retired: bool = False
    """Serve retired endpoints as they worked before retirement, instead of BitMart's ``endpoint_retired``."""
    seed: int = 7
    """Seed of the demo market (prices, volumes); the same seed gives the same exchange."""
    history: bool = False
    """Give the demo accounts a seeded year of activity (``exchange.history``): orders, fills,
    transfers, deposits, withdrawals, margin, futures, Earn; the same seed, the same records."""
    timestamp_window_ms: int = 60_000
    max_body_bytes: int = 1 << 20
    """Largest request body accepted (1 MiB, as an nginx gateway); larger ones get ``body_not_json``."""
    journal_bytes: int = 8 << 20
    """What the journal may hold of requests (bodies, queries, headers), oldest dropped first."""
    journal_body_bytes: int = 4096
    """How much of each request body the journal keeps."""
    admin_token: str | None = field(default=None, repr=False)
    """When set, the control API (``/__mock__/``) answers only requests bearing this token
    (``Authorization: Bearer <token>``); required when the mock listens beyond loopback."""

    @classmethod
    def from_file(cls, path: Path) -> MockConfig:
        """Read a JSON settings file.

        Its shape: ``{"credentials": [{"key", "secret", "memo", "permissions"?, "account"?}], ...}``
        plus any other ``MockConfig`` field (``rate_limits``, ``seed``...).
        """
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a JSON object")
        credentials = tuple(_credential(item) for item in data.pop("credentials", []))
        unknown = set(data) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"{path}: unknown setting(s) {sorted(unknown)}")
        config = cls(**data)
        if credentials:
            config.credentials = credentials
        return config


def _credential(item: dict[str, object]) -> MockCredential:
    """One entry of a config file's ``credentials``, checked like a command-line credential."""
    key, secret, memo = (item.get(name) for name in ("key", "secret", "memo"))
    if not (isinstance(key, str) and isinstance(secret, str) and isinstance(memo, str)):
        raise ValueError("a credential needs string key, secret and memo")
    permissions = item.get("permissions", sorted(ALL_PERMISSIONS))
    if not isinstance(permissions, list):
        raise ValueError(f"credential {key}: permissions must be a list")
    unknown = set(map(str, permissions)) - ALL_PERMISSIONS
    if unknown:
        raise ValueError(
            f"credential {key}: unknown permission(s) {sorted(unknown)}; known: {sorted(ALL_PERMISSIONS)}"
        )
    return MockCredential(
        key, secret, memo, frozenset(map(str, permissions)), str(item.get("account", "main"))
    )
