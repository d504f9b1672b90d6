"""BitMart's request signature, as a pure function (no I/O, no clock, no httpx).

``X-BM-SIGN`` is the lower-case hex HMAC-SHA256 of ``timestamp + "#" + memo + "#" + payload``,
keyed with the secret's UTF-8 bytes (the hex-looking secret is *not* hex-decoded). The payload is
the exact body sent for POST requests and the query string (without ``?``) for GET requests.
"""

from __future__ import annotations

import hashlib
import hmac


def pre_sign(timestamp: str, memo: str, payload: bytes) -> bytes:
    """The bytes BitMart hashes: ``timestamp#memo#payload``."""
    return b"#".join((timestamp.encode("ascii"), memo.encode("utf-8"), payload))


def signature(secret: str, timestamp: str, memo: str, payload: bytes) -> str:
    """Return the ``X-BM-SIGN`` value for one request."""
    return hmac.new(secret.encode("utf-8"), pre_sign(timestamp, memo, payload), hashlib.sha256).hexdigest()
