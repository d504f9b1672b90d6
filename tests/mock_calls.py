"""Signed requests to an in-process mock, by operationId, without the generated client.

For tests that send many requests (property and fuzz tests): ``MockApp.handle`` is called
directly, so no socket and no client models are involved.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from bitmart_mock import MockApp
from bitmart_mock._spec import SPEC


@dataclass(frozen=True)
class Key:
    """An API key of the mock."""

    key: str = "mock-key"
    secret: str = "mock-secret"
    memo: str = "mock-memo"


DEFAULT = Key()


@dataclass(frozen=True)
class Answer:
    """What the mock answered: HTTP status, BitMart code and data."""

    status: int
    code: object
    data: Any

    @property
    def ok(self) -> bool:
        """Whether BitMart's code says success."""
        return self.code in (1000, "1000")


def signed_headers(app: MockApp, key: Key, payload: bytes) -> dict[str, str]:
    """The headers of a request signed by ``key`` at the exchange's time."""
    timestamp = str(app.exchange.now())
    message = timestamp.encode() + b"#" + key.memo.encode() + b"#" + payload
    signature = hmac.new(key.secret.encode(), message, hashlib.sha256).hexdigest()
    return {
        "content-type": "application/json",
        "x-bm-key": key.key,
        "x-bm-timestamp": timestamp,
        "x-bm-sign": signature,
    }


def call(app: MockApp, operation_id: str, params: dict[str, Any] | None = None, key: Key = DEFAULT) -> Answer:
    """Send the operation with ``params`` (as its query or its JSON body), signed by ``key``."""
    op = SPEC.by_id[operation_id]
    params = params or {}
    if op.method == "GET":
        query, body = urlencode(params).encode(), b""
        payload = query
    else:
        query, body = b"", json.dumps(params).encode()
        payload = body
    reply = app.handle(op.method, op.path, query, signed_headers(app, key, payload), body, "127.0.0.1")
    document = json.loads(reply.body)
    return Answer(reply.status, document.get("code"), document.get("data"))


__all__ = ["DEFAULT", "Answer", "Key", "call", "signed_headers"]
