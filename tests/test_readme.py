"""The README's usage example runs, as written, against the mock."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import bitmart_openapi
import pytest
from bitmart_mock import MockServer
from conftest import REPO

README = REPO / "README.md"


def _usage_example() -> str:
    usage = README.read_text(encoding="utf-8").split("\n## Usage\n", 1)[1]
    found = re.search(r"```python\n(.*?)```", usage, re.DOTALL)
    assert found, "the Usage section starts with a Python example"
    return found.group(1)


def test_the_usage_example_is_at_most_ten_lines() -> None:
    lines = [line for line in _usage_example().splitlines() if line.strip()]
    assert len(lines) <= 10


def test_the_usage_example_runs_against_the_mock(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_connect = bitmart_openapi.connect
    with MockServer() as server:

        def connect(*args: Any, **options: Any) -> bitmart_openapi.BitMartClient:
            # The example reads its key from the environment and talks to BitMart; here, the mock.
            credentials = args or ("mock-key", "mock-secret", "mock-memo")
            return real_connect(*credentials, base_url=server.url, **options)

        monkeypatch.setattr(bitmart_openapi, "connect", connect)
        exec(compile(_usage_example(), str(README), "exec"), {"__name__": "__readme__"})  # noqa: S102
        with server.app.lock:
            orders = list(server.app.exchange.spot.orders.values())
    placed = [order for order in orders if order.client_order_id == "mybot0001"]
    last, order_id = capsys.readouterr().out.split()
    assert Decimal(last) > 0
    assert len(placed) == 1 and str(placed[0].order_id) == order_id
