"""The mock exchange's state: accounts, and one engine per product area.

All state lives in one ``Exchange`` object, mutated only by handlers (one request at a time, so
no locking is needed inside). Time comes from an injectable clock and ids from counters, so a
run is reproducible.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from ..config import MockConfig
from ._common import Clock, Ids
from .accounts import Account, Accounts
from .affiliate import AffiliateData
from .earn import EarnEngine
from .funding import FundingEngine
from .futures import FuturesEngine
from .futures_market import FuturesMarket
from .futures_plans import FuturesPlans
from .futures_transfers import FuturesTransfers
from .margin import MarginEngine
from .spot import SpotEngine
from .spot_algo import SpotAlgoEngine
from .subaccounts import SubAccountEngine


def _wall_clock() -> int:
    return int(time.time() * 1000)


class Exchange:
    """Everything the mock knows; handlers read and change it through the engines."""

    def __init__(self, config: MockConfig | None = None, *, clock: Clock | None = None) -> None:
        self.config = config or MockConfig()
        self.clock: Clock = clock or _wall_clock
        self.ids = Ids()
        self.accounts = Accounts.demo()
        self.maintenance: dict[str, int] = {}
        """Services under maintenance (``spot``, ``contract``, ``account``) and the code they answer."""
        # Engines may refer to each other's state when they are built, in this order.
        self.spot = SpotEngine(self)
        self.spot_algo = SpotAlgoEngine(self)
        self.margin = MarginEngine(self)
        self.funding = FundingEngine(self)
        self.subaccounts = SubAccountEngine(self)
        self.earn = EarnEngine(self)
        self.futures_market = FuturesMarket(self)
        self.futures = FuturesEngine(self)
        self.futures_plans = FuturesPlans(self)
        self.futures_transfers = FuturesTransfers(self)
        self.affiliate = AffiliateData(self)
        self.catch_ups: list[Callable[[int], None]] = [self.futures.sweep, self.earn.settle_due]
        """Run before every request: what time alone changes (resting fills, triggers, maturities)."""

    def catch_up(self, now: int) -> None:
        """Bring every engine up to ``now`` before a request is handled."""
        for catch_up in self.catch_ups:
            catch_up(now)

    def now(self) -> int:
        """The exchange time in Unix milliseconds."""
        return self.clock()

    def account(self, name: str) -> Account:
        """The demo account called ``name`` (``main`` or a sub-account name)."""
        return self.accounts.get(name)


__all__ = ["Account", "Exchange"]
