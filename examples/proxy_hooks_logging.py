"""A proxy, httpx event hooks and logging, all options of ``connect()``.

- ``proxy=``: every request goes through it (here from ``BITMART_PROXY``, if set);
- ``event_hooks=``: functions httpx calls for every request and response, retries included
  (``async_event_hooks=`` for the asynchronous client);
- ``log_level=``: the level of the client's loggers (``bitmart_runtime``, ``bitmart_auth``, and
  ``httpx``, which logs each request at INFO); with no logging configured they write to stderr.

    BITMART_PROXY=http://127.0.0.1:3128 python examples/proxy_hooks_logging.py
"""

import time
from os import environ

import httpx
from bitmart_openapi import connect

from _connection import base_url, credentials

timings: dict[int, float] = {}


def started(request: httpx.Request) -> None:
    """Request hook: note when it left."""
    timings[id(request)] = time.perf_counter()


def answered(response: httpx.Response) -> None:
    """Response hook: print the operation, status and time taken."""
    request = response.request
    elapsed = (time.perf_counter() - timings.pop(id(request))) * 1000
    print(
        f"hook: {request.extensions.get('bitmart_operation')} -> "
        f"HTTP {response.status_code} in {elapsed:.1f} ms"
    )


with connect(
    *credentials(),
    base_url=base_url(),
    proxy=environ.get("BITMART_PROXY") or None,
    event_hooks={"request": [started], "response": [answered]},
    log_level="INFO",
) as client:
    client.system.get_system_time()
    client.spot_market.get_spot_ticker(symbol="ETH_USDT")
    client.spot_account.get_spot_wallet()  # keys and signatures travel in headers, never logged
