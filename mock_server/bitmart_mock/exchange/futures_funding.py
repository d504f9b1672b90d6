"""Futures funding: what open positions pay or receive at each funding time.

At every funding time of a contract (each ``funding_interval_hours`` from midnight UTC), every
open position of it exchanges ``value at the mark price x funding rate`` with the house's
counterparty: a long pays a positive rate and receives a negative one, a short the reverse.
Each payment is cut to 8 decimals, never takes more than the futures wallet has available, and
is a ``Funding Fee`` flow of the transaction history, dated at the funding time.

The live mock does not settle funding before requests (tests that hold positions across funding
times keep their exact balances); the seeded history (``history``) settles it as its time passes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from ._common import EIGHT_PLACES, HOUR_MS
from .accounts import ZERO, House, move
from .futures_contracts import CONTRACTS
from .futures_flows import FundFlows
from .futures_market import FuturesMarket
from .futures_positions import PositionLedger
from .futures_types import SETTLEMENT, FlowType, Position


@dataclass(eq=False)
class FuturesFunding:
    """Settles the funding of open positions, funding time after funding time."""

    _positions: PositionLedger
    _market: FuturesMarket
    _flows: FundFlows
    _house: House
    settled: int | None = field(init=False, default=None)
    """The time up to which funding is settled (``None``: never; the first call only starts)."""

    def settle(self, now: int) -> None:
        """Pay every funding time after the last settled one, up to and including ``now``, in time order."""
        if self.settled is None or now <= self.settled:
            self.settled = now if self.settled is None else self.settled
            return
        times = sorted(
            (time, symbol)
            for symbol, found in CONTRACTS.items()
            for time in _funding_times(self.settled, now, found.funding_interval_hours * HOUR_MS)
        )
        self.settled = now
        for time, symbol in times:
            for position in self._positions.all_open():
                if position.symbol == symbol:
                    self.pay(position, time)

    def pay(self, position: Position, time: int) -> Decimal:
        """Settle one funding time of ``position``; returns what its wallet gained (negative: paid)."""
        found = position.contract
        value = position.value(self._market.mark_price(found.symbol, time))
        owed = (value * found.funding_rate * position.direction).quantize(EIGHT_PLACES, rounding=ROUND_DOWN)
        wallet = position.account.futures
        if owed > 0:
            paid = min(owed, wallet.balance(SETTLEMENT).available)
            if paid <= 0:
                return ZERO
            move(wallet, self._house.counterparty, SETTLEMENT, paid)
            gained = -paid
        elif owed < 0:
            gained = -owed
            move(self._house.counterparty, wallet, SETTLEMENT, gained)
        else:
            return ZERO
        self._flows.record(position.account, FlowType.FUNDING, gained, time, symbol=found.symbol)
        return gained


def _funding_times(after: int, until: int, interval: int) -> range:
    """The funding times in ``(after, until]`` of a contract funded every ``interval`` ms."""
    return range((after // interval + 1) * interval, until + 1, interval)


__all__ = ["FuturesFunding"]
