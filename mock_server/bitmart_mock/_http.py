"""What goes in and out of the mock: a request, a reply, and the journal of both."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import MockError

JSON_HEADER = ("content-type", "application/json")


@dataclass(frozen=True)
class Request:
    """One HTTP request as the mock sees it (header names in lower case)."""

    method: str
    path: str
    """The decoded path."""
    query: bytes
    headers: Mapping[str, str]
    body: bytes
    client_ip: str
    raw_path: bytes = b""
    """The path as sent, percent-escapes included (empty when the transport does not give it)."""


@dataclass
class Reply:
    """What the mock answers: status, headers, body, and how to misbehave while sending it."""

    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    delay: float = 0.0
    drop: bool = False
    injected: bool = False
    """Made by fault injection: it misbehaves on purpose, so it is not checked against the spec."""

    @property
    def code(self) -> object:
        """BitMart's ``code`` in the body, if the body is JSON with one."""
        try:
            document = json.loads(self.body)
        except (ValueError, RecursionError):
            return None
        return document.get("code") if isinstance(document, dict) else None


def json_bytes(document: Any) -> bytes:
    """Compact JSON, as BitMart sends it (text that cannot be UTF-8 is escaped)."""
    text = json.dumps(document, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.encode()
    except UnicodeEncodeError:  # a lone surrogate echoed from the request
        return json.dumps(document, separators=(",", ":")).encode()


def json_reply(status: int, document: Any, headers: Mapping[str, str] | None = None) -> Reply:
    """A JSON reply."""
    return Reply(status, json_bytes(document), [JSON_HEADER, *(headers or {}).items()])


def error_reply(error: MockError, trace: str, headers: Mapping[str, str] | None = None) -> Reply:
    """BitMart's error envelope for ``error``, with its status and headers."""
    return json_reply(error.http_status, error.body(trace), {**(headers or {}), **error.headers})


@dataclass
class JournalEntry:
    """One request the mock answered (credential headers included, for tests; never the secret)."""

    operation: str | None
    method: str
    path: str
    query: bytes
    headers: dict[str, str]
    body: bytes
    status: int
    code: object


class Journal:
    """The latest requests the mock answered, oldest first."""

    def __init__(self, capacity: int = 5000) -> None:
        self._entries: deque[JournalEntry] = deque(maxlen=capacity)

    def record(self, operation: str | None, request: Request, reply: Reply) -> None:
        """Remember one answered request."""
        entry = JournalEntry(
            operation,
            request.method,
            request.path,
            request.query,
            dict(request.headers),
            request.body,
            reply.status,
            reply.code,
        )
        self._entries.append(entry)

    def clear(self) -> None:
        """Forget every entry."""
        self._entries.clear()

    def __iter__(self) -> Iterator[JournalEntry]:
        return iter(list(self._entries))

    def __len__(self) -> int:
        return len(self._entries)


__all__ = [
    "JSON_HEADER",
    "Journal",
    "JournalEntry",
    "Reply",
    "Request",
    "error_reply",
    "json_bytes",
    "json_reply",
]
