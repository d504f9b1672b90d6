"""A minimal BitMart-shaped HTTP server answering canned bodies, so the clients are measured
rather than the server: ``python bench/_canned.py PORT BODIES.json``.

The bodies are recorded from the mock (``record_bodies``), so every client parses exactly what
BitMart would send; the server checks nothing and answers every path from a dict.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

TICKER = "/spot/quotation/v3/ticker"
TICKERS = "/spot/quotation/v3/tickers"
WALLET = "/spot/v1/wallet"
SUBMIT = "/spot/v2/submit_order"
OPEN_ORDERS = "/spot/v4/query/open-orders"
# Only ccxt asks for these, once, when it loads its markets before the measured calls.
MARKET_LISTS = ("/spot/v1/symbols/details", "/contract/public/details", "/account/v1/currencies")
_HEADERS = [
    (b"content-type", b"application/json"),
    (b"x-bm-ratelimit-remaining", b"1"),
    (b"x-bm-ratelimit-limit", b"1000"),
    (b"x-bm-ratelimit-reset", b"1"),
]


def record_bodies() -> dict[str, str]:
    """One realistic answer per benchmarked path, taken from the mock (tickers widened to 1000 rows)."""
    from bitmart_auth import connect
    from bitmart_client.api.funding_account import get_account_currencies
    from bitmart_client.api.futures_market import get_futures_contracts
    from bitmart_client.api.spot_account import get_spot_wallet
    from bitmart_client.api.spot_market import get_spot_symbol_details, get_spot_ticker, get_spot_tickers
    from bitmart_client.api.spot_trading import get_spot_open_orders
    from bitmart_client.models import SpotQueryListRequest
    from bitmart_mock import MockApp, MockConfig
    from bitmart_mock.exchange.spot_book import OrderTerms

    app = MockApp(MockConfig(rate_limits=False))
    client = connect(
        "mock-key", "mock-secret", "mock-memo", base_url="http://mock", transport=app.httpx_transport()
    )
    with app.lock:
        exchange = app.exchange
        for index in range(50):
            terms = OrderTerms("buy", "limit", size=Decimal("0.001"), price=Decimal(30000 + index))
            exchange.spot.place(exchange.account("main"), "BTC_USDT", terms)
    bodies: dict[str, Any] = {
        TICKER: json.loads(get_spot_ticker.sync_detailed(client=client, symbol="BTC_USDT").content),
        WALLET: json.loads(get_spot_wallet.sync_detailed(client=client).content),
        SUBMIT: {"code": 1000, "message": "OK", "trace": "bench", "data": {"order_id": "1000009999"}},
        OPEN_ORDERS: json.loads(
            get_spot_open_orders.sync_detailed(client=client, body=SpotQueryListRequest(limit=50)).content
        ),
        TICKERS: json.loads(get_spot_tickers.sync_detailed(client=client).content),
    }
    for path, operation in zip(
        MARKET_LISTS, (get_spot_symbol_details, get_futures_contracts, get_account_currencies), strict=True
    ):
        bodies[path] = json.loads(operation.sync_detailed(client=client).content)
    rows = bodies[TICKERS]["data"]
    bodies[TICKERS]["data"] = [[f"C{i:04d}_USDT", *rows[i % len(rows)][1:]] for i in range(1000)]
    assert len(bodies[OPEN_ORDERS]["data"]) == 50
    return {path: json.dumps(body, separators=(",", ":")) for path, body in bodies.items()}


def make_app(bodies: dict[str, str]) -> Any:
    """The ASGI app: the canned body for the path, 404 otherwise."""
    encoded = {path: body.encode() for path, body in bodies.items()}

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        body = encoded.get(scope["path"])
        status = 200 if body is not None else 404
        await send({"type": "http.response.start", "status": status, "headers": _HEADERS})
        await send({"type": "http.response.body", "body": body or b"{}"})

    return app


def capacity(url: str, seconds: float = 2.0) -> float:
    """Calls per second the server sustains for the ticker with a bare keep-alive client."""
    import time

    with httpx.Client(base_url=url) as client:
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            client.get(TICKER)
            count += 1
    return count / (time.perf_counter() - start)


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(
        make_app(json.loads(Path(sys.argv[2]).read_text())),
        host="127.0.0.1",
        port=int(sys.argv[1]),
        log_level="warning",
        access_log=False,
    )
