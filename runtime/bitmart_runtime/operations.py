"""The shape of the per-operation table, and which operation an httpx request belongs to.

The table itself is data generated from the spec (``bitmart_client.operations.OPERATIONS``);
its types live here, in hand-written code, so that the runtime never imports the generated
package: ``bitmart_auth.connect()`` hands the table to the pieces that need it.

Every generated operation function puts its operationId in the request's ``bitmart_operation``
extension; requests built by hand are matched on method and path instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple

import httpx

OPERATION_EXTENSION = "bitmart_operation"

AuthType = Literal["NONE", "KEYED", "SIGNED"]
RateLimitScope = Literal["IP", "KEY", "UID"]


class RateLimit(NamedTuple):
    """At most ``requests`` requests per ``window`` seconds, counted per ``scope``."""

    requests: int
    window: float
    scope: RateLimitScope


class Lookup(NamedTuple):
    """One read operation that can find a write again by the caller's key (``x-bitmart-idempotency``)."""

    operation: str
    """The operationId of the read."""
    parameters: Mapping[str, str]
    """Read parameter <- field of the write's body."""
    constants: Mapping[str, object]
    """Read parameters with a fixed value (a record type, a page size)."""
    match: str
    """The field of a found record that holds the caller's key."""
    records: str | None
    """JSON pointer, inside ``data``, to the list of records; ``None`` when ``data`` is the record."""
    total: str | None
    """JSON pointer, inside ``data``, to the count of all records when the list is one page of several."""
    absent_codes: frozenset[int]
    """BitMart codes by which the read says "no such record" (any other error leaves the outcome unknown)."""


class Idempotency(NamedTuple):
    """How a write whose outcome is unknown is found again, instead of being sent twice."""

    key: str
    """The body field holding the caller's key (a client order id, a ``requestNo``)."""
    duplicate_codes: frozenset[int]
    """Codes by which BitMart refuses a key it has already seen."""
    lookups: tuple[Lookup, ...]
    """Reads that can find the write, tried in order; empty when none can."""
    result: Mapping[str, str]
    """Field of the write's ``data`` <- field of the found record."""
    integer_result: frozenset[str]
    """Fields of ``result`` that the write returns as JSON numbers."""


class Operation(NamedTuple):
    """What the auth plugin and the runtime need to know about one operation."""

    operation_id: str
    method: str
    path: str
    host: str
    auth: AuthType
    permission: str | None
    rate_limit: RateLimit
    idempotent: bool
    """A read (GET, or a POST marked ``x-bitmart-idempotent``): safe to send again."""
    deprecated: bool
    idempotency: Idempotency | None


class OperationTable:
    """The operations of the spec by operationId, and by method and path."""

    __slots__ = ("by_id", "routes")

    def __init__(self, operations: Mapping[str, Operation]) -> None:
        self.by_id: Mapping[str, Operation] = operations
        self.routes: Mapping[tuple[str, str], Operation] = {
            (op.method, op.path): op for op in operations.values()
        }

    def of(self, request: httpx.Request) -> Operation | None:
        """The operation of ``request``, or ``None`` for an endpoint the spec does not describe."""
        name = request.extensions.get(OPERATION_EXTENSION)
        if name is not None:
            return self.by_id.get(name)
        return self.routes.get((request.method, request.url.path))

    def __getitem__(self, operation_id: str) -> Operation:
        return self.by_id[operation_id]


__all__ = [
    "OPERATION_EXTENSION",
    "AuthType",
    "Idempotency",
    "Lookup",
    "Operation",
    "OperationTable",
    "RateLimit",
    "RateLimitScope",
]
