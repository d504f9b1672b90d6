"""Every record of one history operation between two times, for programs (sync and async).

>>> from bitmart_auth import connect
>>> from bitmart_cli.history import history
>>> client = connect(rate_limit=True)                       # BITMART_API_* from the environment
>>> for trade in history(client, "get_futures_trades", since_ms, until_ms):
...     print(trade["trade_id"], trade["paid_fees"])

The operation's entry of ``bitmart_client.pagination.PAGINATION`` says how BitMart pages it;
``bitmart_runtime.paging`` cuts the range into windows and pages, bisects capped windows and
deduplicates by id. Records are BitMart's dicts as sent (exact decimals); pacing and retries
are the client's, so give it ``rate_limit=True``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from bitmart_client import AuthenticatedClient
from bitmart_client.pagination import PAGINATION
from bitmart_runtime.paging import Record, aiter_records, iter_records

from ._fetch import fetcher, sync_fetcher


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


__all__ = ["ahistory", "history"]
