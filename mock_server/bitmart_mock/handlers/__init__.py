"""Business logic of the mock, one function per operation of the spec.

A handler receives a :class:`Call` (the validated request, the caller's account, the exchange)
and returns the ``data`` of BitMart's success envelope, or raises ``MockError``. Handlers live
in the modules of this package, one per area, registered with ``@handler("operation_id")``;
every module here is imported automatically.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .._spec import OperationSpec
from ..config import MockCredential
from ..errors import MockError
from ..exchange import Exchange
from ..exchange.accounts import Account


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    op: OperationSpec
    exchange: Exchange
    credential: MockCredential | None
    query: dict[str, Any]
    body: dict[str, Any]
    now: int
    """Exchange time of the request, Unix milliseconds."""
    client_ip: str

    @property
    def params(self) -> dict[str, Any]:
        """Query and body parameters together (an operation uses one or the other)."""
        return {**self.query, **self.body}

    @property
    def account(self) -> Account:
        """The caller's account; only for KEYED and SIGNED operations."""
        if self.credential is None:
            raise MockError("key_empty")
        return self.exchange.account(self.credential.account)


Handler = Callable[[Call], Any]

HANDLERS: dict[str, Handler] = {}


def handler(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``operation_ids``."""

    def register(function: Handler) -> Handler:
        for operation_id in operation_ids:
            if operation_id in HANDLERS:
                raise RuntimeError(f"two handlers for {operation_id}")
            HANDLERS[operation_id] = function
        return function

    return register


def load_all() -> dict[str, Handler]:
    """Import every handler module of this package and return the registry."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return HANDLERS


__all__ = ["HANDLERS", "Call", "Handler", "handler", "load_all"]
