"""Transfers between the spot and the futures wallet, and their list.

Each transfer moves USDT at once (BitMart reports them ``FINISHED``) and is also recorded as a
``Transfer`` flow of the futures transaction history, signed from the futures wallet's side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..errors import MockError
from ._common import IdSource, decimal_places
from .accounts import Account, Wallet, move
from .futures_flows import FundFlows
from .futures_types import FlowType

_PLACES = 8


@dataclass(frozen=True)
class Transfer:
    """One spot <-> futures transfer."""

    transfer_id: str
    account: Account
    currency: str
    amount: Decimal
    direction: str
    """``spot_to_contract`` or ``contract_to_spot``."""
    time: int


@dataclass(eq=False)
class FuturesTransfers:
    """Every account's spot <-> futures transfers."""

    _flows: FundFlows
    _ids: IdSource
    records: list[Transfer] = field(init=False, default_factory=list)

    def transfer(
        self, account: Account, currency: str, amount: Decimal, direction: str, now: int
    ) -> Transfer:
        """Move ``amount`` between the spot and the futures wallet and list the transfer."""
        self._move(account, account.spot, currency, amount, direction == "spot_to_contract", now)
        record = Transfer(str(self._ids("futures-transfer")), account, currency, amount, direction, now)
        self.records.append(record)
        return record

    def fund_transfer(
        self, account: Account, currency: str, amount: Decimal, direction: str, now: int
    ) -> None:
        """Move ``amount`` between the fund wallet (the funding engine's) and the futures wallet."""
        self._move(account, account.fund, currency, amount, direction == "fund_to_contract", now)

    def _move(
        self, account: Account, other: Wallet, currency: str, amount: Decimal, to_futures: bool, now: int
    ) -> None:
        """Move ``amount`` to or from the futures wallet and record the flow.

        Refused: more than 8 decimals (``futures_transfer_precision``), a source that is short
        (``futures_balance_not_enough``).
        """
        if amount <= 0 or decimal_places(amount) > _PLACES:
            raise MockError("futures_transfer_precision", f"Transfer vol precision error: {amount}")
        source, target = (other, account.futures) if to_futures else (account.futures, other)
        available = source.balance(currency).available
        if available < amount:
            raise MockError(
                "futures_balance_not_enough", f"Insufficient balance: {available} {currency} available"
            )
        move(source, target, currency, amount)
        self._flows.record(account, FlowType.TRANSFER, amount if to_futures else -amount, now)

    def listed(self, account: Account, currency: str | None, start: int, end: int) -> list[Transfer]:
        """The account's transfers in [start, end] (milliseconds), newest first."""
        return [
            t
            for t in reversed(self.records)
            if t.account is account and currency in (None, t.currency) and start <= t.time <= end
        ]


__all__ = ["FuturesTransfers", "Transfer"]
