"""Benchmarks: this client against raw httpx and the official SDK, on one canned local server.

    python bench/run.py [--rounds N] [--batch N] [--quick] [--export-only]

Every client makes the same five calls against the same server (see bench/README.md); rounds
interleave the clients and the medians are reported, because these machines are shared and
noisy. Then cold import times, peak memory, the signing overhead, the mock's own throughput
and the time to regenerate the client, and the time of ``bitmart export`` against the floor of
the documented rate limits (``_export.py``). Results are printed and written to bench/results.md.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import hashlib
import hmac
import importlib
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _export
import _reading
from _canned import OPEN_ORDERS, SUBMIT, TICKER, TICKERS, WALLET, capacity, record_bodies

ROOT = Path(__file__).resolve().parent.parent
KEY, SECRET, MEMO = "bench-key", "bench-secret", "bench-memo"
CALLS = ("ticker", "wallet", "submit order", "50 orders", "1000 tickers")
ORDER = {"symbol": "BTC_USDT", "side": "buy", "type": "limit", "size": "0.001", "price": "30000"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _raw_calls(url: str) -> dict[str, Callable[[], Any]]:
    """The floor: httpx, hand-written signing, ``json.loads``."""
    client = httpx.Client(base_url=url)

    def signed(path: str, body: dict[str, Any]) -> Any:
        payload = json.dumps(body, separators=(",", ":")).encode()
        stamp = str(int(time.time() * 1000))
        sign = hmac.new(SECRET.encode(), f"{stamp}#{MEMO}#".encode() + payload, hashlib.sha256).hexdigest()
        headers = {
            "X-BM-KEY": KEY,
            "X-BM-TIMESTAMP": stamp,
            "X-BM-SIGN": sign,
            "Content-Type": "application/json",
        }
        return client.post(path, content=payload, headers=headers).json()

    return {
        "ticker": lambda: client.get(TICKER, params={"symbol": "BTC_USDT"}).json(),
        "wallet": lambda: client.get(WALLET, headers={"X-BM-KEY": KEY}).json(),
        "submit order": lambda: signed(SUBMIT, ORDER),
        "50 orders": lambda: signed(OPEN_ORDERS, {"limit": 50}),
        "1000 tickers": lambda: client.get(TICKERS).json(),
    }


def _raw_async_calls(url: str) -> dict[str, Callable[[], Any]]:
    """The async floor: ``httpx.AsyncClient`` with the same hand-written requests, one event loop."""
    client = httpx.AsyncClient(base_url=url)
    loop = asyncio.new_event_loop()

    async def signed(path: str, body: dict[str, Any]) -> Any:
        payload = json.dumps(body, separators=(",", ":")).encode()
        stamp = str(int(time.time() * 1000))
        sign = hmac.new(SECRET.encode(), f"{stamp}#{MEMO}#".encode() + payload, hashlib.sha256).hexdigest()
        headers = {"X-BM-KEY": KEY, "X-BM-TIMESTAMP": stamp, "X-BM-SIGN": sign}
        headers["Content-Type"] = "application/json"
        return (await client.post(path, content=payload, headers=headers)).json()

    async def get(path: str, **kwargs: Any) -> Any:
        return (await client.get(path, **kwargs)).json()

    coroutines: dict[str, Callable[[], Any]] = {
        "ticker": lambda: get(TICKER, params={"symbol": "BTC_USDT"}),
        "wallet": lambda: get(WALLET, headers={"X-BM-KEY": KEY}),
        "submit order": lambda: signed(SUBMIT, ORDER),
        "50 orders": lambda: signed(OPEN_ORDERS, {"limit": 50}),
        "1000 tickers": lambda: get(TICKERS),
    }
    return {name: _blocking(loop, make) for name, make in coroutines.items()}


def _our_calls(url: str) -> dict[str, Callable[[], Any]]:
    """This client, sync: typed models out, errors raised, default retry policy."""
    from bitmart_auth import connect
    from bitmart_client.api.spot_account import get_spot_wallet
    from bitmart_client.api.spot_market import get_spot_ticker, get_spot_tickers
    from bitmart_client.api.spot_trading import get_spot_open_orders, submit_spot_order
    from bitmart_client.models import SpotQueryListRequest, SpotSubmitOrderRequest

    client = connect(KEY, SECRET, MEMO, base_url=url)
    order = SpotSubmitOrderRequest.from_dict(ORDER)
    query = SpotQueryListRequest(limit=50)
    return {
        "ticker": lambda: get_spot_ticker.sync(client=client, symbol="BTC_USDT"),
        "wallet": lambda: get_spot_wallet.sync(client=client),
        "submit order": lambda: submit_spot_order.sync(client=client, body=order),
        "50 orders": lambda: get_spot_open_orders.sync(client=client, body=query),
        "1000 tickers": lambda: get_spot_tickers.sync(client=client),
    }


def _official_calls(url: str) -> dict[str, Callable[[], Any]] | None:
    """BitMart's official SDK (bitmart-python-sdk-api), pointed at the local server."""
    try:
        sdk: Any = importlib.import_module("bitmart.api_spot")  # untyped, and optional outside nox
    except ImportError:
        return None
    spot = sdk.APISpot(KEY, SECRET, MEMO, url=url)
    return {
        "ticker": lambda: spot.get_v3_ticker("BTC_USDT"),
        "wallet": lambda: spot.get_wallet(),
        "submit order": lambda: spot.post_submit_order(
            "BTC_USDT", "buy", "limit", size="0.001", price="30000"
        ),
        "50 orders": lambda: spot.v4_query_open_orders(limit=50),
        "1000 tickers": lambda: spot.get_v3_tickers(),
    }


def _ccxt_calls(url: str) -> dict[str, Callable[[], Any]] | None:
    """ccxt's BitMart class (ccxt 4.5.70), both hosts pointed at the local server.

    Its own throttle is switched off, as the other clients have none on, and its markets are
    loaded once here (ccxt needs them to map symbols), outside the measured calls.
    """
    try:
        ccxt: Any = importlib.import_module("ccxt")  # untyped, and optional outside nox
    except ImportError:
        return None
    exchange = ccxt.bitmart(
        {
            "apiKey": KEY,
            "secret": SECRET,
            "uid": MEMO,  # ccxt carries the memo in ``uid``
            "enableRateLimit": False,
            "urls": {"api": {"spot": url, "swap": url}},
        }
    )
    exchange.load_markets()
    return {
        "ticker": lambda: exchange.fetch_ticker("BTC/USDT"),
        "wallet": lambda: exchange.fetch_balance(),
        "submit order": lambda: exchange.create_order("BTC/USDT", "limit", "buy", 0.001, 30000),
        "50 orders": lambda: exchange.fetch_open_orders("BTC/USDT", limit=50),
        "1000 tickers": lambda: exchange.fetch_tickers(),
    }


def _async_runner(url: str) -> dict[str, Callable[[], Any]]:
    """This client, async: each call awaited in turn on one event loop."""
    from bitmart_auth import connect
    from bitmart_client.api.spot_account import get_spot_wallet
    from bitmart_client.api.spot_market import get_spot_ticker, get_spot_tickers
    from bitmart_client.api.spot_trading import get_spot_open_orders, submit_spot_order
    from bitmart_client.models import SpotQueryListRequest, SpotSubmitOrderRequest

    client = connect(KEY, SECRET, MEMO, base_url=url)
    order = SpotSubmitOrderRequest.from_dict(ORDER)
    query = SpotQueryListRequest(limit=50)
    loop = asyncio.new_event_loop()
    coroutines: dict[str, Callable[[], Any]] = {
        "ticker": lambda: get_spot_ticker.asyncio(client=client, symbol="BTC_USDT"),
        "wallet": lambda: get_spot_wallet.asyncio(client=client),
        "submit order": lambda: submit_spot_order.asyncio(client=client, body=order),
        "50 orders": lambda: get_spot_open_orders.asyncio(client=client, body=query),
        "1000 tickers": lambda: get_spot_tickers.asyncio(client=client),
    }
    return {name: _blocking(loop, make) for name, make in coroutines.items()}


def _blocking(loop: asyncio.AbstractEventLoop, make: Callable[[], Any]) -> Callable[[], Any]:
    """A sync callable that runs one coroutine made by ``make`` to completion on ``loop``."""
    return lambda: loop.run_until_complete(make())


def _measure(call: Callable[[], Any], batch: int, budget: float = 1.0) -> tuple[float, float]:
    """(calls per second, CPU microseconds per call) over ``batch`` calls, or fewer if they take
    longer than ``budget`` seconds (ccxt needs a tenth of a second for the 1000 tickers)."""
    cpu, wall = time.process_time(), time.perf_counter()
    deadline, done = wall + budget, 0
    while done < batch:
        call()
        done += 1
        if time.perf_counter() > deadline:
            break
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return done / wall, cpu / done * 1e6


def _concurrency(url: str, total: int, width: int) -> dict[str, float]:
    """Calls per second of ``total`` async ticker calls, ``width`` in flight at a time.

    Measured for this client and for raw ``httpx.AsyncClient``, so that what the pool costs
    under concurrency is told apart from what the client adds.
    """
    from bitmart_auth import connect
    from bitmart_client.api.spot_market import get_spot_ticker

    async def run(call: Callable[[], Any]) -> float:
        gate = asyncio.Semaphore(width)

        async def one() -> None:
            async with gate:
                await call()

        await asyncio.gather(*(one() for _ in range(width)))  # open the connections first
        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(total)))
        return total / (time.perf_counter() - start)

    async def ours() -> float:
        client = connect(KEY, SECRET, MEMO, base_url=url)
        return await run(lambda: get_spot_ticker.asyncio(client=client, symbol="BTC_USDT"))

    async def raw() -> float:
        async with httpx.AsyncClient(base_url=url) as client:

            async def ticker() -> Any:
                return (await client.get(TICKER, params={"symbol": "BTC_USDT"})).json()

            return await run(ticker)

    return {"bitmart-openapi async": asyncio.run(ours()), "raw httpx async": asyncio.run(raw())}


def _import_cost(module: str, repeats: int) -> tuple[float, float]:
    """Median cold import time (ms) and peak memory added (MiB) of ``module``, in fresh interpreters."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # VmHWM, not ru_maxrss: a forked child inherits its parent's ru_maxrss across exec.
    peak = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1])"
    code = (
        "import time; t = time.perf_counter(); import {m}; d = time.perf_counter() - t; print(d * 1000, PEAK)"
    )
    code = code.replace("PEAK", peak)
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True, env=env)  # write .pyc first
    times, memory = [], []
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", code.format(m=module)], check=True, env=env, capture_output=True, text=True
        )
        elapsed, rss = out.stdout.split()
        times.append(float(elapsed))
        memory.append(int(rss))
    bare = subprocess.run(
        [sys.executable, "-c", f"print({peak})"], check=True, capture_output=True, text=True
    )
    return statistics.median(times), (statistics.median(memory) - int(bare.stdout)) / 1024


def _signing_overhead(samples: int) -> float:
    """Microseconds the auth flow adds to one SIGNED request (routing, headers, HMAC)."""
    from bitmart_auth import BitMartAuth, Credentials
    from bitmart_runtime.operations import OPERATION_EXTENSION

    auth = BitMartAuth(Credentials(KEY, SECRET, MEMO))
    body = json.dumps(ORDER).encode()
    request = httpx.Request("POST", "https://api-cloud.bitmart.com" + SUBMIT, content=body)
    request.extensions[OPERATION_EXTENSION] = "submit_spot_order"
    start = time.perf_counter()
    for _ in range(samples):
        flow = auth.auth_flow(request)
        next(flow)
        flow.close()
    return (time.perf_counter() - start) / samples * 1e6


def _mock_throughput(seconds: float) -> dict[str, float]:
    """Calls per second the mock itself serves over loopback (no rate limits)."""
    from bitmart_auth import connect
    from bitmart_client.api.spot_market import get_spot_ticker
    from bitmart_client.api.spot_trading import submit_spot_order
    from bitmart_client.models import SpotSubmitOrderRequest
    from bitmart_mock import MockApp, MockConfig, MockServer

    results = {}
    with MockServer(MockApp(MockConfig(rate_limits=False))) as server:
        client = connect("mock-key", "mock-secret", "mock-memo", base_url=server.url)
        calls: dict[str, Callable[[int], Any]] = {
            "ticker": lambda n: get_spot_ticker.sync(client=client, symbol="BTC_USDT"),
            "submit order": lambda n: submit_spot_order.sync(
                client=client, body=SpotSubmitOrderRequest.from_dict({**ORDER, "price": str(30000 + n % 100)})
            ),
        }
        for name, call in calls.items():
            count, start = 0, time.perf_counter()
            while time.perf_counter() - start < seconds:
                call(count)
                count += 1
            results[name] = count / (time.perf_counter() - start)
    return results


def _regeneration_seconds() -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bitmart_codegen", "--check"],
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "generator")},
        capture_output=True,
    )
    return time.perf_counter() - start


def _floor(client: str) -> str:
    """The raw httpx row an async client is compared with (sync clients: the sync one)."""
    return "raw httpx async" if client.endswith("async") else "raw httpx"


def _schemathesis_seconds() -> float:
    """Wall time of the schemathesis test module (every operation, all phases, stateful)."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_schemathesis.py", "-q", "-p", "no:cacheprovider"],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    return time.perf_counter() - start


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> int:
    """Run everything and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="3 rounds of 30 calls: checks that it runs")
    parser.add_argument("--export-only", action="store_true", help="only the export row")
    args = parser.parse_args()
    if args.export_only:
        print(_table(_export.HEADER, _export.rows(args.quick)))
        return 0
    rounds, batch = (3, 30) if args.quick else (args.rounds, args.batch)

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    bodies = record_bodies()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(bodies, handle)
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("_canned.py")), str(port), handle.name]
    )
    try:
        for _ in range(100):
            try:
                httpx.get(url + TICKER)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        clients: dict[str, dict[str, Callable[[], Any]]] = {"raw httpx": _raw_calls(url)}
        clients["bitmart-openapi sync"] = _our_calls(url)
        clients["raw httpx async"] = _raw_async_calls(url)
        clients["bitmart-openapi async"] = _async_runner(url)
        official = _official_calls(url)
        if official is not None:
            clients["official SDK 2.8.0"] = official
        peer = _ccxt_calls(url)
        if peer is not None:
            clients["ccxt 4.5.70"] = peer
        for calls in clients.values():  # warm up connections and caches
            for call in calls.values():
                call()
        samples: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for _ in range(rounds):
            cells = [(client, name) for client in clients for name in CALLS]
            random.shuffle(cells)
            for client, name in cells:
                samples.setdefault((client, name), []).append(_measure(clients[client][name], batch))
        server_capacity = capacity(url)
        concurrent = _concurrency(url, 200 if args.quick else 1000, 16)
    finally:
        server.terminate()
        server.wait()
        os.unlink(handle.name)

    rate = {key: statistics.median(s[0] for s in values) for key, values in samples.items()}
    cpu = {key: statistics.median(s[1] for s in values) for key, values in samples.items()}
    peer_names = [c for c in clients if not c.startswith(("raw httpx", "bitmart-openapi"))]
    rows = [
        [
            client,
            call,
            f"{rate[client, call]:.0f}",
            f"{cpu[client, call]:.0f}",
            f"{rate[client, call] / rate[_floor(client), call]:.2f}",
        ]
        for call in CALLS
        for client in clients
    ]
    sections = [
        f"Run {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC on {platform.platform()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}; {rounds} interleaved rounds of "
        f"{batch} calls per cell, medians. Canned server capacity: {server_capacity:.0f} calls/s.",
        _table(["client", "call", "calls/s", "CPU µs/call", "× raw httpx (same I/O style)"], rows),
        _table(
            ["call", "sync × raw", "async × raw async", *(f"sync × {p}" for p in peer_names)],
            [
                [
                    call,
                    f"{rate['bitmart-openapi sync', call] / rate['raw httpx', call]:.2f}",
                    f"{rate['bitmart-openapi async', call] / rate['raw httpx async', call]:.2f}",
                    *(f"{rate['bitmart-openapi sync', call] / rate[p, call]:.2f}" for p in peer_names),
                ]
                for call in CALLS
            ],
        ),
        _table(
            ["client", "16 in flight, calls/s", "× its sequential async rate"],
            [
                [client, f"{value:.0f}", f"{value / rate[client, 'ticker']:.2f}"]
                for client, value in concurrent.items()
            ],
        ),
    ]
    imports = [
        (m, *_import_cost(m, 3 if args.quick else 9))
        for m in ("httpx", "bitmart_client", "bitmart_auth", "bitmart_openapi")
    ]
    peers = [m for m, present in (("bitmart.api_spot", official), ("ccxt", peer)) if present is not None]
    imports += [(m, *_import_cost(m, 3 if args.quick else 9)) for m in peers]
    base = imports[0][1]
    sections.append(
        _table(
            ["import", "cold import ms", "vs httpx", "peak memory MiB"],
            [[m, f"{ms:.0f}", f"{ms - base:+.0f}", f"{mib:.1f}"] for m, ms, mib in imports],
        )
    )
    mock = _mock_throughput(1.0 if args.quick else 3.0)
    others = (
        []
        if args.quick
        else [["schemathesis run (`tests/test_schemathesis.py`)", f"{_schemathesis_seconds():.0f} s"]]
    )
    sections.append(
        _table(
            ["other", "value"],
            [
                [
                    "signing overhead per SIGNED request",
                    f"{_signing_overhead(2000 if args.quick else 20000):.1f} µs",
                ],
                [
                    "regenerate and compare the client (`bitmart_codegen --check`)",
                    f"{_regeneration_seconds():.1f} s",
                ],
                ["mock throughput, ticker", f"{mock['ticker']:.0f} calls/s"],
                ["mock throughput, submit order", f"{mock['submit order']:.0f} calls/s"],
                *others,
            ],
        )
    )
    sections.append(_table(_reading.HEADER, _reading.rows(bodies, OPEN_ORDERS, TICKERS, args.quick)))
    sections.append(_table(_export.HEADER, _export.rows(args.quick)))
    report = "\n\n".join(sections)
    print(report)
    if not args.quick:
        Path(__file__).with_name("results.md").write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
