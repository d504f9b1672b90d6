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
    declared_size: int | None = None
    """The body's size when it was too large to read whole (else ``body`` is the whole body)."""

    @property
    def body_size(self) -> int:
        """How large the body sent was."""
        return len(self.body) if self.declared_size is None else self.declared_size


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
    """One request the mock answered (credential headers included, for tests; never the secret).

    Bodies, queries and header values are kept only up to a size; ``body_size`` is the full size.
    """

    operation: str | None
    method: str
    path: str
    query: bytes
    headers: dict[str, str]
    body: bytes
    status: int
    code: object
    body_size: int = 0

    @property
    def size(self) -> int:
        """Roughly what the entry holds, in bytes."""
        held = len(self.path) + len(self.query) + len(self.body)
        return held + sum(len(k) + len(v) for k, v in self.headers.items())


_HEADER_CHARS = 512
_HEADERS = 64


class Journal:
    """The latest requests the mock answered, oldest first, bounded in count and in bytes."""

    def __init__(self, capacity: int = 5000, *, max_bytes: int = 8 << 20, body_bytes: int = 4096) -> None:
        self.capacity = capacity
        self.max_bytes = max_bytes
        self.body_bytes = body_bytes
        self._entries: deque[JournalEntry] = deque()
        self.bytes = 0
        """What the entries hold now (``JournalEntry.size`` summed)."""

    def record(self, operation: str | None, request: Request, reply: Reply) -> None:
        """Remember one answered request (the start of its body, query and headers)."""
        headers = {k[:_HEADER_CHARS]: v[:_HEADER_CHARS] for k, v in list(request.headers.items())[:_HEADERS]}
        entry = JournalEntry(
            operation,
            request.method[:_HEADER_CHARS],
            request.path[:_HEADER_CHARS],
            request.query[: self.body_bytes],
            headers,
            request.body[: self.body_bytes],
            reply.status,
            reply.code,
            request.body_size,
        )
        self._entries.append(entry)
        self.bytes += entry.size
        while self._entries and (len(self._entries) > self.capacity or self.bytes > self.max_bytes):
            self.bytes -= self._entries.popleft().size

    def clear(self) -> None:
        """Forget every entry."""
        self._entries.clear()
        self.bytes = 0

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
