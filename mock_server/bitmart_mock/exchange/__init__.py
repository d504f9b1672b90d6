"""The mock exchange's state: one account store, and the parts of each product area.

All state lives in one ``Exchange``, changed only by handlers (one request at a time, so no
locking is needed inside). Each part has one job and receives its collaborators when it is
built, here and nowhere else: no part reaches into another through the exchange. Time comes from
an injectable clock and ids from counters, so a run is reproducible.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from ..config import MockConfig
from ._common import Clock, Ids, IdSource
from .accounts import Account, Accounts
from .affiliate import AffiliateData
from .earn import EarnEngine
from .funding import FundingEngine
from .funding_channels import FundingChannels
from .futures import FuturesTrading
from .futures_cancels import FuturesCancels
from .futures_clearing import FuturesClearing
from .futures_flows import FundFlows
from .futures_funding import FuturesFunding
from .futures_market import FuturesMarket
from .futures_orders import FuturesOrders
from .futures_plans import FuturesPlans
from .futures_positions import PositionLedger
from .futures_settings import FuturesSettings
from .futures_transfers import FuturesTransfers
from .history import SeededYear, seed_history
from .margin import MarginEngine
from .spot import SpotEngine
from .spot_algo import SpotAlgoEngine
from .spot_book import Book
from .spot_maker import MAKER_FUNDS, MarketMaker
from .spot_market import SpotMarketData
from .spot_pairs import SpotPairs
from .subaccounts import SubAccountEngine


def _wall_clock() -> int:
    return int(time.time() * 1000)


class Exchange:
    """Everything the mock knows; handlers read and change it through its parts."""

    def __init__(self, config: MockConfig | None = None, *, clock: Clock | None = None) -> None:
        self.config = config or MockConfig()
        self.clock: Clock = clock or _wall_clock
        self.ids = Ids()
        ids = self.ids.next
        pairs = SpotPairs()
        self.accounts = Accounts.demo({code: MAKER_FUNDS for code in pairs.currencies()})
        house = self.accounts.house
        self.maintenance: dict[str, int] = {}
        """Services under maintenance (``x-bitmart-services`` switches) and the code they answer."""
        self._build_spot(pairs, ids)
        self.funding = FundingEngine(
            self.accounts, FundingChannels(self.config.seed), self.spot_market, house, ids
        )
        self.subaccounts = SubAccountEngine(pairs, ids)
        self.earn = EarnEngine(house, ids, self.now)
        self._build_futures(ids)
        self.affiliate = AffiliateData(self.futures)
        self._seed(self.now())
        self.catch_ups: list[Callable[[int], None]] = [self.futures.sweep, self.earn.settle_due]
        """Run before every request: what time alone changes (resting fills, triggers, maturities)."""
        self.history: SeededYear | None = None
        """With ``MockConfig.history``: the seeded year (its calendar, records per kind)."""
        if self.config.history:
            self.history = seed_history(self)

    def _build_spot(self, pairs: SpotPairs, ids: IdSource) -> None:
        # One random source for the seeded history and the maker's sizes: the same seed, the same market.
        rng = random.Random(self.config.seed)  # noqa: S311 - a reproducible market, not a secret
        books = {pair.symbol: Book() for pair in pairs}
        self.spot_market = SpotMarketData(pairs, rng)
        self.market_maker = MarketMaker(
            self.accounts.maker, books, self.spot_market, lambda: ids("spot-order") * 7 + 1_000_000_000, rng
        )
        house = self.accounts.house
        self.spot = SpotEngine(pairs, books, self.spot_market, self.market_maker, house, ids, self.now)
        self.spot_algo = SpotAlgoEngine(self.spot, self.spot_market, ids, self.now)
        self.margin = MarginEngine(self.spot, house, ids)

    def _build_futures(self, ids: IdSource) -> None:
        house = self.accounts.house
        self.futures_market = FuturesMarket()
        self.futures_flows = FundFlows(house, ids)
        self.futures_positions = PositionLedger(self.futures_market, house, self.futures_flows)
        self.futures_orders = FuturesOrders()
        self.futures_settings = FuturesSettings(self.futures_positions, self.futures_orders.has_open_orders)
        clearing = FuturesClearing(self.futures_positions, self.futures_settings, self.futures_flows, house)
        self.futures_cancels = FuturesCancels(self.futures_orders, clearing)
        self.futures = FuturesTrading(
            self.futures_orders,
            self.futures_positions,
            self.futures_settings,
            clearing,
            self.futures_cancels,
            self.futures_market,
            ids,
        )
        self.futures_plans = FuturesPlans(
            self.futures, self.futures_positions, self.futures_settings, self.futures_market, ids
        )
        self.futures.sweepers.append(self.futures_plans.check)
        self.futures_transfers = FuturesTransfers(self.futures_flows, ids)
        self.futures_funding = FuturesFunding(
            self.futures_positions, self.futures_market, self.futures_flows, house
        )

    def _seed(self, now: int) -> None:
        """The demo state: a day of market history and full books per pair, the demo's past."""
        for pair in self.spot.pairs:
            self.spot_market.seed(pair, now)
            self.market_maker.replenish(pair, now)
        self.funding.seed(self.accounts.get("main"), now)
        self.affiliate.seed(self.accounts, now)

    def catch_up(self, now: int) -> None:
        """Bring every part up to ``now`` before a request is handled."""
        for catch_up in self.catch_ups:
            catch_up(now)

    def now(self) -> int:
        """The exchange time in Unix milliseconds."""
        return self.clock()

    def account(self, name: str) -> Account:
        """The demo account called ``name`` (``main`` or a sub-account name)."""
        return self.accounts.get(name)


__all__ = ["Account", "Exchange"]
