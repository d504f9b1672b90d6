"""Retries and the client-side rate limiter.

Reads are retried on network errors, 429, 5xx and malformed answers, with full-jitter
exponential backoff, within an attempt and a time budget; an order with a client order id is
looked up before it is placed again; other writes are never repeated. ``rate_limit=True``
paces every operation under its documented limit; one ``RateLimiter`` can be shared.

Against the mock, this asks it (``/__mock__/faults``) to fail the next two ticker calls.

    python examples/retries_and_rate_limiter.py
"""

import httpx
from bitmart_openapi import OPERATIONS, RateLimiter, RetryPolicy, ServerError, connect

from _connection import base_url

url = base_url()
attempts: list[int] = []


def count(response: httpx.Response) -> None:
    """An httpx response hook: runs once per attempt, retries included."""
    attempts.append(response.status_code)


if url is not None:
    fault = {"kind": "server_error", "operation": "get_spot_ticker", "times": 2, "status": 503}
    httpx.post(f"{url}/__mock__/faults", json=fault).raise_for_status()

patient = RetryPolicy(max_attempts=5, base_delay=0.1, max_delay=2.0, total_timeout=20.0)
with connect(base_url=url, retry=patient, event_hooks={"response": [count]}) as client:
    ticker = client.spot_market.get_spot_ticker(symbol="BTC_USDT")
    print(f"last {ticker.data.last} after attempts with statuses {attempts}")

if url is not None:
    fault = {"kind": "server_error", "operation": "get_spot_ticker", "times": 1, "status": 503}
    httpx.post(f"{url}/__mock__/faults", json=fault).raise_for_status()
with connect(base_url=url, retry=None) as impatient:
    try:
        impatient.spot_market.get_spot_ticker(symbol="BTC_USDT")
        print("no fault to see (not the mock)")
    except ServerError as error:
        print(f"without retries the 503 is raised: code {error.code}, retryable {error.retryable}")

# One limiter for two clients (e.g. two threads or two bots on one key and IP).
limiter = RateLimiter.from_operations(OPERATIONS)
with (
    connect(base_url=url, rate_limit=limiter) as first,
    connect(base_url=url, rate_limit=limiter) as second,
):
    for n in range(20):  # 15 per 2 s is the ticker's limit: the limiter waits, BitMart never says 429
        (first if n % 2 else second).spot_market.get_spot_ticker(symbol="ETH_USDT")
    print("20 tickers through one shared limiter, none refused")
