"""Futures fund flows: every movement of a futures wallet, as the transaction history lists it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ._common import IdSource
from .accounts import Account, House, move
from .futures_types import SETTLEMENT, Flow, FlowType

CLAIM_AMOUNT = Decimal(10_000)
"""Simulated USDT credited by one demo-funds claim."""
_FLOW_ID_BASE = 9_689_322_000


@dataclass(eq=False)
class FundFlows:
    """The transaction history of every futures wallet."""

    _house: House
    _ids: IdSource
    flows: list[Flow] = field(init=False, default_factory=list)
    """Every movement of every futures wallet, oldest first."""

    def claim_demo_funds(self, account: Account, now: int) -> Decimal:
        """Credit simulated USDT (the demo environment's claim); returns the amount credited."""
        move(self._house.counterparty, account.futures, SETTLEMENT, CLAIM_AMOUNT)
        self.record(account, FlowType.TRANSFER, CLAIM_AMOUNT, now)
        return CLAIM_AMOUNT

    def record(
        self,
        account: Account,
        flow_type: FlowType,
        amount: Decimal,
        now: int,
        *,
        currency: str = SETTLEMENT,
        symbol: str = "",
    ) -> Flow:
        """Record a movement of the futures wallet; the caller moves the money.

        ``amount`` is negative when money left the wallet.
        """
        flow = Flow(
            _FLOW_ID_BASE + self._ids("futures-flow"), account, flow_type, amount, currency, symbol, now
        )
        self.flows.append(flow)
        return flow


__all__ = ["CLAIM_AMOUNT", "FundFlows"]
