"""What reading an answer costs: the typed, lenient models, and their share spent on ``Decimal``.

Measured on the same recorded bodies the call benchmarks serve (50 open orders, 1000 tickers):
the time ``_build_response`` takes to turn the body into the model (envelope check, lenient
``from_dict``, drift bookkeeping), and within it the time to build the ``Decimal`` amounts,
measured by building the same Decimals from the same strings.
"""

from __future__ import annotations

import json
import time
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
from bitmart_client import Client
from bitmart_client.api.spot_market import get_spot_tickers
from bitmart_client.api.spot_trading import get_spot_open_orders
from bitmart_client.models import SpotOrder

HEADER = ["reading", "parse µs/answer", "of which Decimal µs", "Decimal share of the parse"]


def _best(run: Callable[[], Any], repeats: int, inner: int) -> float:
    """The fastest of ``repeats`` rounds, in CPU µs per call (the minimum is the least disturbed)."""

    def one_round() -> float:
        start = time.process_time()
        for _ in range(inner):
            run()
        return (time.process_time() - start) / inner

    return min(one_round() for _ in range(repeats)) * 1e6


def _decimal_fields(model: type) -> list[str]:
    hints = typing.get_type_hints(model)
    return [name for name, hint in hints.items() if "Decimal" in str(hint)]


def rows(bodies: dict[str, str], open_orders: str, tickers: str, quick: bool) -> list[list[str]]:
    """One row per answer: parse time, Decimal time, share."""
    client = Client(base_url="http://bench")
    request = httpx.Request("GET", "http://bench/")
    repeats, inner = (3, 20) if quick else (15, 100)
    found = []
    for label, path, module in (
        ("50 open orders", open_orders, get_spot_open_orders),
        ("1000 tickers", tickers, get_spot_tickers),
    ):
        content = bodies[path].encode()

        def parse(content: bytes = content, module: Any = module) -> Any:
            return module._build_response(
                client=client, response=httpx.Response(200, content=content, request=request)
            )

        parse_us = _best(parse, repeats, inner)
        strings = _decimal_strings(label, json.loads(content))

        def build(strings: list[str] = strings) -> list[Decimal]:
            return [Decimal(text) for text in strings]

        decimal_us = _best(build, repeats, inner)
        found.append(
            [
                label,
                f"{parse_us:.0f}",
                f"{decimal_us:.0f} ({len(strings)} amounts)",
                f"{decimal_us / parse_us:.0%}",
            ]
        )
    return found


def _decimal_strings(label: str, body: dict[str, Any]) -> list[str]:
    """The amounts the models turn into ``Decimal`` (ticker rows stay strings: ``rows.py``)."""
    if label != "50 open orders":
        return []
    # SpotOrder's JSON keys are its attribute names in camelCase (``price_avg`` -> ``priceAvg``).
    keys = [_camel(name) for name in _decimal_fields(SpotOrder)]
    return [
        order[key] for order in body["data"] for key in keys if isinstance(order.get(key), str) and order[key]
    ]


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.title() for part in rest)


__all__ = ["HEADER", "rows"]
