"""Every record of a history operation between two times, and the fetchers behind it.

>>> from bitmart_openapi import connect
>>> from bitmart_openapi.history import history
>>> client = connect(rate_limit=True)                       # BITMART_API_* from the environment
>>> for trade in history(client, "get_futures_trades", since_ms, until_ms):
...     print(trade["trade_id"], trade["paid_fees"])

The operation's entry of ``bitmart_client.pagination.PAGINATION`` says how BitMart pages it;
``bitmart_runtime.paging`` cuts the range into windows and pages, bisects capped windows and
deduplicates by id. Pacing and retries are the client's, so give it ``rate_limit=True``.

The records are BitMart's JSON as it was sent, decoded with exact decimals, not
``model.to_dict()``: reading is the client's (with ``connect(strict=False)`` an answer that
departs from the document still becomes a model, its departures on ``Response.drift`` and
logged; the one refusal left is ``DriftError`` for a record without its identifier, which the
caller sees as the failure of that request), but a model is built from the body decoded with
``float`` for JSON numbers, so an amount BitMart sends as a number would come back from
``to_dict()`` changed; the raw JSON keeps it digit for digit, with every field BitMart sent.
"""

from __future__ import annotations

import enum
import importlib
import json
import typing
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from decimal import Decimal
from types import ModuleType, UnionType
from typing import Any

from bitmart_client import AuthenticatedClient
from bitmart_client.pagination import PAGINATION
from bitmart_client.types import Response, Unset
from bitmart_runtime import DriftEntry, UnexpectedResponseError
from bitmart_runtime.paging import AsyncFetch, Fetch, Pagination, Record, aiter_records, iter_records

OnDrift = Callable[[str, tuple[DriftEntry, ...]], None]
"""Told ``(operation, departures)`` for each answer that departs from the document."""


def decode(content: bytes) -> Any:
    """A JSON body with every non-integer number as an exact ``Decimal``."""
    return json.loads(content, parse_float=Decimal)


# Built once: ``json.dumps`` with an option builds a new encoder per call, and an export writes
# every scalar of every record.
_KEY = json.JSONEncoder().encode
_SCALAR = json.JSONEncoder(ensure_ascii=False).encode


def to_json(value: Any) -> str:
    """Compact JSON text of a decoded answer; decimals are written back digit for digit."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Mapping):
        items = (f"{_KEY(str(key))}:{to_json(item)}" for key, item in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(to_json(item) for item in value) + "]"
    return _SCALAR(value)


def _unwrapped(annotation: Any) -> Any:
    """The annotation without ``| Unset`` (and without ``None``)."""
    if isinstance(annotation, UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
        return members[0] if len(members) == 1 else annotation
    return annotation


def _converters(module: ModuleType) -> dict[str, Any]:
    """Per Python argument of the operation, its type (to build enums and the body model)."""
    hints = typing.get_type_hints(module.asyncio_detailed)
    return {name: _unwrapped(hint) for name, hint in hints.items() if name not in ("client", "return")}


def _arguments(entry: Pagination, types: Mapping[str, Any], params: Mapping[str, Any]) -> dict[str, Any]:
    if entry.location == "body":
        return {"body": types["body"].from_dict(dict(params))}
    arguments: dict[str, Any] = {}
    for wire, value in params.items():
        name = entry.arguments[wire]
        kind = types.get(name)
        arguments[name] = kind(value) if isinstance(kind, type) and issubclass(kind, enum.Enum) else value
    return arguments


def _data(entry: Pagination, response: Response[Any], on_drift: OnDrift | None) -> Any:
    """The ``data`` of an answer the client accepted, as BitMart sent it."""
    if response.drift and on_drift is not None:
        on_drift(entry.operation_id, response.drift)
    envelope = decode(response.content)
    if not isinstance(envelope, dict) or "data" not in envelope:
        # A success envelope without data: nothing says whether there were records, so the
        # request fails (and its window with it) rather than counting as empty.
        raise UnexpectedResponseError(
            f"unexpected response from {entry.operation_id}: no data in the answer",
            operation=entry.operation_id,
            http_status=int(response.status_code),
            body=response.content,
        )
    return envelope["data"]


def fetcher(client: AuthenticatedClient, entry: Pagination, on_drift: OnDrift | None = None) -> AsyncFetch:
    """``async fetch(params) -> data`` for ``entry``'s operation, ``params`` by their wire names."""
    module = importlib.import_module(entry.module)
    types = _converters(module)

    async def fetch(params: dict[str, Any]) -> Any:
        response = await module.asyncio_detailed(client=client, **_arguments(entry, types, params))
        return _data(entry, response, on_drift)

    return fetch


def sync_fetcher(client: AuthenticatedClient, entry: Pagination, on_drift: OnDrift | None = None) -> Fetch:
    """The synchronous :func:`fetcher`."""
    module = importlib.import_module(entry.module)
    types = _converters(module)

    def fetch(params: dict[str, Any]) -> Any:
        return _data(entry, module.sync_detailed(client=client, **_arguments(entry, types, params)), on_drift)

    return fetch


def history(
    client: AuthenticatedClient, operation_id: str, start_ms: int, end_ms: int, **params: Any
) -> Iterator[Record]:
    """Every record of ``operation_id`` from ``start_ms`` to ``end_ms`` (Unix milliseconds), each once.

    ``params`` are the operation's other parameters by their wire names (``symbol="BTCUSDT"``).
    """
    entry = PAGINATION[operation_id]
    yield from iter_records(sync_fetcher(client, entry), entry, start_ms, end_ms, params)


async def ahistory(
    client: AuthenticatedClient, operation_id: str, start_ms: int, end_ms: int, **params: Any
) -> AsyncIterator[Record]:
    """The asynchronous :func:`history`."""
    entry = PAGINATION[operation_id]
    async for record in aiter_records(fetcher(client, entry), entry, start_ms, end_ms, params):
        yield record


__all__ = ["OnDrift", "ahistory", "decode", "fetcher", "history", "sync_fetcher", "to_json"]
