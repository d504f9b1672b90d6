"""Valid requests for every operation, against the running mock.

The harness's sample arguments are valid by the schema but not always by the exchange (an order
id must exist to be cancelled). Each module of this package contributes ``VALID_CALLS``: for an
operationId, a function that prepares the mock (places an order, funds an account...) and
returns argument overrides for that operation; operations without an entry use the samples.

An operation that only a sub-account's key may call (BitMart refuses the main key with 60027)
returns the reserved override ``CREDENTIAL`` with the key of ``SUB_ACCOUNT``: the generic test
then signs that one call with the sub-account's credential instead of the default one.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bitmart_client import AuthenticatedClient
from bitmart_mock import MockApp, MockCredential

CREDENTIAL = "credential"
"""Override naming the API key (of the mock's credentials) to sign the call with."""
SUB_ACCOUNT = MockCredential("sub1-key", "sub1-secret", "sub1-memo", account="sub1@demo.mock")
"""A key of the demo sub-account ``sub1@demo.mock``; the generic test's mock accepts it."""


@dataclass
class Context:
    """What a preparation function may use."""

    client: AuthenticatedClient
    """A client of the running mock with the default credential (every permission)."""
    app: MockApp
    """The mock itself, for direct access to its state."""
    bundle: dict[str, Any]


Prepare = Callable[[Context], dict[str, Any]]


def load() -> dict[str, Prepare]:
    """Every ``VALID_CALLS`` entry of this package's modules."""
    table: dict[str, Prepare] = {}
    for module in pkgutil.iter_modules(__path__):
        calls = getattr(importlib.import_module(f"{__name__}.{module.name}"), "VALID_CALLS", {})
        overlap = set(table) & set(calls)
        assert not overlap, f"two preparations for {overlap}"
        table.update(calls)
    return table
