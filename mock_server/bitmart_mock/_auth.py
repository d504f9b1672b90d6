"""BitMart's authentication, checked exactly as the real gateway reports failures.

KEYED operations need a known ``X-BM-KEY`` (``key_empty`` missing, ``key_not_found`` unknown,
``key_frozen`` frozen, ``key_expired`` expired). SIGNED operations also need ``X-BM-TIMESTAMP``
(``timestamp_empty`` missing, ``timestamp_invalid`` not a number, ``timestamp_out_of_window``
outside the window: one minute, or on operations taking ``recvWindow`` at most one second ahead
and ``recvWindow`` milliseconds (default 5000) behind) and ``X-BM-SIGN`` (``sign_empty`` missing,
``sign_wrong`` wrong). A key without the operation's permission gets ``key_forbidden`` (HTTP 403).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Any

from ._spec import OperationSpec
from .config import MockCredential
from .errors import MockError

_DEFAULT_RECV_WINDOW = 5000
_MAX_AHEAD_MS = 1000
_LONGEST_TIMESTAMP = 19
"""Digits of the largest millisecond time a 64-bit integer holds."""


def authenticate(
    op: OperationSpec,
    headers: Mapping[str, str],
    payload: bytes,
    now_ms: int,
    credentials: Mapping[str, MockCredential],
    window_ms: int,
) -> MockCredential | None:
    """Return the caller's credential, or raise BitMart's error; ``None`` for public operations."""
    if op.auth == "NONE":
        return None
    key = headers.get("x-bm-key", "")
    if not key:
        raise MockError("key_empty")
    credential = credentials.get(key)
    if credential is None:
        raise MockError("key_not_found")
    if credential.frozen:
        raise MockError("key_frozen")
    if credential.expired:
        raise MockError("key_expired")
    if op.auth == "SIGNED":
        _check_signature(credential, headers, payload, now_ms, window_ms)
    if op.permission is not None and op.permission not in credential.permissions:
        raise MockError("key_forbidden")
    return credential


def _check_signature(
    credential: MockCredential, headers: Mapping[str, str], payload: bytes, now_ms: int, window_ms: int
) -> None:
    signature = headers.get("x-bm-sign", "")
    if not signature:
        raise MockError("sign_empty")
    timestamp = headers.get("x-bm-timestamp", "")
    if not timestamp:
        raise MockError("timestamp_empty")
    # ASCII digits only: "²" or "٣" are digits to str.isdigit() but no number BitMart reads, and a
    # number longer than a millisecond time can be is no timestamp either.
    if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > _LONGEST_TIMESTAMP:
        raise MockError("timestamp_invalid")
    if abs(now_ms - int(timestamp)) > window_ms:
        raise MockError("timestamp_out_of_window")
    pre_sign = timestamp.encode() + b"#" + credential.memo.encode() + b"#" + payload
    expected = hmac.new(credential.secret.encode(), pre_sign, hashlib.sha256).hexdigest()
    # A hex digest is ASCII; any other signature (non-ASCII included) is simply wrong.
    if not (signature.isascii() and hmac.compare_digest(expected, signature.lower())):
        raise MockError("sign_wrong")


def check_recv_window(
    op: OperationSpec, headers: Mapping[str, str], body: Mapping[str, Any], now_ms: int
) -> None:
    """Apply ``recvWindow`` on operations whose body accepts it (BitMart's v4 rule)."""
    if op.auth != "SIGNED" or "recvWindow" not in op.body_fields:
        return
    timestamp = int(headers["x-bm-timestamp"])
    recv_window = body.get("recvWindow", _DEFAULT_RECV_WINDOW)
    if timestamp >= now_ms + _MAX_AHEAD_MS or now_ms - timestamp > recv_window:
        raise MockError("timestamp_out_of_window")
