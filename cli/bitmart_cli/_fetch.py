"""Call a generated operation from its pagination entry, and keep BitMart's answer as it was sent.

The paging helpers of ``bitmart_runtime.paging`` take ``fetch(params) -> data``; this module makes
one from ``bitmart_client.pagination.PAGINATION[operation]`` and a client, through the generated
``asyncio_detailed`` function (so the client's rate limiter and retry policy apply). ``data`` is
decoded from the response bytes with exact decimals, not from the typed model: a record keeps
every field BitMart sent, and amounts sent as JSON numbers keep every digit. An answer the typed
model refuses (a drift from the document, in strict mode) is still a success envelope: it is
logged and its data kept.
"""

from __future__ import annotations

import enum
import importlib
import json
import logging
import typing
from collections.abc import Mapping
from decimal import Decimal
from types import ModuleType, UnionType
from typing import Any

from bitmart_client import AuthenticatedClient
from bitmart_client.types import Unset
from bitmart_runtime import UnexpectedResponseError
from bitmart_runtime.paging import AsyncFetch, Fetch, Pagination

LOG = logging.getLogger("bitmart_cli.export")
_SUCCESS = (1000, "1000")


def decode(content: bytes) -> Any:
    """A JSON body with every non-integer number as an exact ``Decimal``."""
    return json.loads(content, parse_float=Decimal)


def to_json(value: Any) -> str:
    """Compact JSON text of a decoded answer; decimals are written back digit for digit."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Mapping):
        items = (f"{json.dumps(str(key))}:{to_json(item)}" for key, item in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(to_json(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


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


def _success_data(content: bytes) -> Any:
    """The ``data`` of a success envelope, or raise ``ValueError``."""
    envelope = decode(content)
    if not (isinstance(envelope, dict) and envelope.get("code") in _SUCCESS and "data" in envelope):
        raise ValueError("not a success envelope")
    return envelope["data"]


def _refused(entry: Pagination, error: UnexpectedResponseError, raw: bytes) -> Any:
    """The data of an answer the typed model refused (it differs from the document), as sent.

    The error keeps only an excerpt of the body, so the caller sent the read (safe to repeat)
    again without the model and passes its bytes here.
    """
    LOG.warning("%s: the answer differs from the document; kept as sent (%s)", entry.operation_id, error)
    try:
        return _success_data(raw)
    except ValueError:
        raise error from None


def fetcher(client: AuthenticatedClient, entry: Pagination) -> AsyncFetch:
    """``async fetch(params) -> data`` for ``entry``'s operation, ``params`` by their wire names."""
    module = importlib.import_module(entry.module)
    types = _converters(module)

    async def fetch(params: dict[str, Any]) -> Any:
        arguments = _arguments(entry, types, params)
        try:
            response = await module.asyncio_detailed(client=client, **arguments)
            return _success_data(response.content)
        except UnexpectedResponseError as error:
            raw = await client.get_async_httpx_client().request(**module._get_kwargs(**arguments))
            return _refused(entry, error, raw.content)

    return fetch


def sync_fetcher(client: AuthenticatedClient, entry: Pagination) -> Fetch:
    """The synchronous :func:`fetcher`."""
    module = importlib.import_module(entry.module)
    types = _converters(module)

    def fetch(params: dict[str, Any]) -> Any:
        arguments = _arguments(entry, types, params)
        try:
            return _success_data(module.sync_detailed(client=client, **arguments).content)
        except UnexpectedResponseError as error:
            raw = client.get_httpx_client().request(**module._get_kwargs(**arguments))
            return _refused(entry, error, raw.content)

    return fetch


__all__ = ["decode", "fetcher", "sync_fetcher", "to_json"]
