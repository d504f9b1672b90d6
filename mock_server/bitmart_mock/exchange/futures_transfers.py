"""Transfers between the spot and the futures wallet, and their list.

Each transfer moves USDT at once (BitMart reports them ``FINISHED``) and is also recorded as a
``Transfer`` flow of the futures transaction history, signed from the futures wallet's side.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..errors import MockError
from .accounts import Account, Wallet
from .futures import FLOW_TRANSFER

if TYPE_CHECKING:
    from . import Exchange

_STEP = Decimal("0.00000001")


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


class FuturesTransfers:
    """Every account's spot <-> futures transfers."""

    def __init__(self, exchange: Exchange) -> None:
        self.exchange = exchange
        self.records: list[Transfer] = []

    def transfer(
        self, account: Account, currency: str, amount: Decimal, direction: str, now: int
    ) -> Transfer:
        """Move ``amount`` between the spot and the futures wallet and list the transfer."""
        self._move(account, account.spot, currency, amount, direction == "spot_to_contract", now)
        record = Transfer(
            str(self.exchange.ids.next("futures-transfer")), account, currency, amount, direction, now
        )
        self.records.append(record)
        return record

    def fund_transfer(
        self, account: Account, currency: str, amount: Decimal, direction: str, now: int
    ) -> None:
        """Move ``amount`` between the fund wallet (the funding engine's) and the futures wallet."""
        fund = self.exchange.funding.fund_wallet(account)
        self._move(account, fund, currency, amount, direction == "fund_to_contract", now)

    def _move(
        self, account: Account, other: Wallet, currency: str, amount: Decimal, to_futures: bool, now: int
    ) -> None:
        """At most 8 decimals (`futures_transfer_precision`); `futures_balance_not_enough` if the source is
        short; a transfer flow for futures."""
        if amount <= 0 or amount != amount.quantize(_STEP):
            raise MockError("futures_transfer_precision", f"Transfer vol precision error: {amount}")
        source, target = (other, account.futures) if to_futures else (account.futures, other)
        available = source.balance(currency).available
        if available < amount:
            raise MockError(
                "futures_balance_not_enough", f"Insufficient balance: {available} {currency} available"
            )
        source.debit(currency, amount)
        target.credit(currency, amount)
        self.exchange.futures.record_flow(account, FLOW_TRANSFER, amount if to_futures else -amount, now)

    def listed(
        self, account: Account, currency: str | None, start: int | None, end: int | None
    ) -> list[Transfer]:
        """The account's transfers in [start, end] (milliseconds), newest first."""
        if start is not None and end is not None and end < start:
            raise MockError(
                "futures_timestamp_invalid", "The timestamp is invalid: time_end is before time_start"
            )
        return [
            t
            for t in reversed(self.records)
            if t.account is account
            and currency in (None, t.currency)
            and (start is None or t.time >= start)
            and (end is None or t.time <= end)
        ]


__all__ = ["FuturesTransfers", "Transfer"]
