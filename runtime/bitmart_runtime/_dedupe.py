"""Finding a write again by the caller's key, so that it is never sent twice on a guess.

The spec describes, per write operation (``x-bitmart-idempotency``, typed as
:class:`~bitmart_runtime.operations.Idempotency`), which body field holds the caller's key,
which codes mean "this key was already used", which reads can find the write again and how to
rebuild the write's answer from what they return::

    x-bitmart-idempotency:
      key: client_order_id                 # body field with the caller's key
      duplicate_codes: [50042]
      lookups:                             # tried in order until the write is found
        - operation: get_spot_order_by_client_order_id
          parameters: {clientOrderId: client_order_id}   # lookup field <- write field
          constants: {}                    # lookup fields with a fixed value
          match: clientOrderId             # field of a found record holding the key
          records: null                    # pointer in data to a list (null: data is the record)
          total: null                      # pointer in data to the count of all records (paged lists)
          absent_codes: [50005]            # codes by which the lookup says "no such record"
      result: {order_id: orderId}          # write data field <- found record field
      integer_result: []                   # result fields the write returns as numbers

A lookup says "absent" only cleanly: a success whose list holds every record and not ours, or one
of its ``absent_codes``. Anything else (an error, an unreadable or unexpected answer, a page that
may not hold every record) leaves the outcome unknown.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from . import jsonpointer
from .operations import OPERATION_EXTENSION, Idempotency, Lookup, Operation
from .responses import decoded_body

BuildRequest = Callable[..., httpx.Request]
"""``httpx.Client.build_request``: builds a request with the client's base URL and defaults."""


class Verdict(enum.Enum):
    """What a lookup says when it does not find the write."""

    ABSENT = "absent"
    """The write is certainly not there."""
    UNKNOWN = "unknown"
    """The lookup could not tell."""


def request_body(request: httpx.Request) -> Any:
    """The JSON body of a request, or ``None``."""
    try:
        return json.loads(request.content) if request.content else None
    except (ValueError, RecursionError):
        return None


def lookup_request(
    build: BuildRequest, operation: Operation, lookup: Lookup, body: Mapping[str, Any]
) -> httpx.Request:
    """The request of ``lookup`` that can find the write sent with ``body``."""
    values = {**lookup.constants}
    values.update({name: body[source] for name, source in lookup.parameters.items() if source in body})
    extensions = {OPERATION_EXTENSION: operation.operation_id}
    if operation.method == "GET":
        return build("GET", operation.path, params=values, extensions=extensions)
    return build(operation.method, operation.path, json=values, extensions=extensions)


def search(lookup: Lookup, key: str, envelope: Any) -> Mapping[str, Any] | Verdict:
    """The record holding ``key`` in a lookup's successful answer, or why there is none."""
    data = envelope.get("data") if isinstance(envelope, dict) else None
    if lookup.records is None:
        # Looked up by the key itself: the answer is the record, unless it names another key.
        if isinstance(data, dict) and data:
            named = data.get(lookup.match)
            if named is None or _same_key(named, key):
                return data
        return Verdict.UNKNOWN
    try:
        records = jsonpointer.resolve(data, lookup.records)
    except KeyError:
        return Verdict.UNKNOWN
    if not isinstance(records, list):
        return Verdict.UNKNOWN
    for record in records:
        if isinstance(record, dict) and _same_key(record.get(lookup.match), key):
            return record
    if lookup.total is not None and not _complete(data, lookup.total, len(records)):
        return Verdict.UNKNOWN
    return Verdict.ABSENT


def _same_key(value: object, key: str) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool) and str(value) == key


def _complete(data: Any, total_pointer: str, seen: int) -> bool:
    """Whether a page of ``seen`` records holds every record (its ``total`` says no more exist)."""
    try:
        total = jsonpointer.resolve(data, total_pointer)
    except KeyError:
        return False
    return isinstance(total, int) and not isinstance(total, bool) and total <= seen


def placement_response(
    idempotency: Idempotency,
    record: Mapping[str, Any],
    placement: httpx.Request,
    lookup_response: httpx.Response,
) -> httpx.Response:
    """A success response for the write, rebuilt from the record found by the lookup."""
    data = {}
    for target, source in idempotency.result.items():
        value = record.get(source)
        data[target] = _as_integer(value) if target in idempotency.integer_result else value
    lookup = decoded_body(lookup_response)
    trace = str(lookup.get("trace") or "") if isinstance(lookup, dict) else ""
    envelope = {"code": 1000, "message": "OK", "trace": trace, "data": data}
    return httpx.Response(200, json=envelope, request=placement)


def _as_integer(value: object) -> object:
    # Only plain ASCII digit strings: ``"²".isdigit()`` is true, and very long ones do not parse.
    if isinstance(value, str) and value.isascii() and value.isdigit():
        try:
            return int(value)
        except ValueError:
            return value
    return value


__all__ = ["BuildRequest", "Verdict", "lookup_request", "placement_response", "request_body", "search"]
