"""Transfers between a main account and its sub-accounts, spot and futures.

Two families share the logic: ``spot`` moves between the accounts' spot wallets, ``futures``
between their futures wallets. A main account and its sub-accounts form one organisation: its
transfer numbers (``requestNo``) are unique per family, and its records are what the history
operations list. Who may call what (main key or sub-account key) is the handlers' business;
the engine only checks money, accounts and numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Literal

from ..errors import MockError
from ._common import IdSource
from .accounts import Account, Wallet, move
from .spot_pairs import SpotPairs

Family = Literal["spot", "futures"]


class SubAccountStatus(IntEnum):
    """A sub-account's status as BitMart reports it."""

    DISABLED = 0
    """Disabled by BitMart."""
    NORMAL = 1
    FROZEN = 2
    """Frozen by its main account."""


STATUS_DISABLED = SubAccountStatus.DISABLED
STATUS_NORMAL = SubAccountStatus.NORMAL
STATUS_FROZEN = SubAccountStatus.FROZEN
RETENTION_MS = 90 * 86_400_000
"""BitMart keeps the last three months of transfer records."""


@dataclass(frozen=True)
class SubTransfer:
    """One transfer that went through."""

    transfer_id: int
    family: Family
    source: Account
    target: Account
    currency: str
    amount: Decimal
    time_ms: int
    request_no: str

    def involves(self, account: Account) -> bool:
        """Whether ``account`` is on either side."""
        return account in (self.source, self.target)


def organisation(account: Account) -> Account:
    """The main account ``account`` belongs to (itself for a main account)."""
    return account.parent if account.parent is not None else account


def wallet_of(account: Account, family: Family) -> Wallet:
    """The wallet a transfer of ``family`` moves: spot or futures."""
    return account.spot if family == "spot" else account.futures


class SubAccountEngine:
    """Transfer records, transfer numbers already used, and sub-account statuses."""

    def __init__(self, pairs: SpotPairs, ids: IdSource) -> None:
        self._pairs = pairs
        self._ids = ids
        self.transfers: list[SubTransfer] = []
        self._request_nos: set[tuple[Family, int, str]] = set()
        self._statuses: dict[str, SubAccountStatus] = {}

    # ---- statuses ------------------------------------------------------------------------------
    def status(self, sub: Account) -> SubAccountStatus:
        """0 disabled by BitMart, 1 normal, 2 frozen by the main account."""
        return self._statuses.get(sub.name, STATUS_NORMAL)

    def set_status(self, sub: Account, status: int) -> None:
        """Freeze (2), disable (0) or restore (1) a sub-account; the mock has no API for it."""
        if not sub.is_sub or status not in set(SubAccountStatus):
            raise ValueError("a sub-account's status is 0, 1 or 2")
        self._statuses[sub.name] = SubAccountStatus(status)

    def check_active(self, sub: Account) -> None:
        """Refuse a sub-account acting while its main account froze it (``account_frozen_by_main``)."""
        if self.status(sub) != STATUS_NORMAL:
            raise MockError("account_frozen_by_main")

    # ---- transfers -----------------------------------------------------------------------------
    def known_currency(self, currency: str) -> bool:
        """Whether the exchange lists ``currency`` (a currency of a spot pair)."""
        return currency in self._pairs.currencies()

    def transfer(
        self,
        family: Family,
        source: Account,
        target: Account,
        currency: str,
        amount: Decimal,
        request_no: str,
        now: int,
    ) -> SubTransfer:
        """Move ``amount`` of ``currency`` between the two accounts' wallets of ``family``.

        Refused: amount not above zero (``account_amount_not_positive``), unknown currency
        (``account_currency_not_found``), a transfer number the organisation already used
        (``account_duplicate_request``, checked before the balance so that a resend of a transfer that went
        through never fails for another reason), not enough available (``account_insufficient_balance``). A
        refused transfer uses no number, so it may be resent unchanged.
        """
        if amount <= 0:
            raise MockError("account_amount_not_positive")
        currency = currency.upper()
        if not self.known_currency(currency):
            raise MockError("account_currency_not_found", f"currency does not exist: {currency}")
        key = (family, organisation(source).uid, request_no)
        if key in self._request_nos:
            raise MockError("account_duplicate_request")
        source_wallet, target_wallet = wallet_of(source, family), wallet_of(target, family)
        if amount > source_wallet.balance(currency).available:
            raise MockError("account_insufficient_balance")
        move(source_wallet, target_wallet, currency, amount)
        self._request_nos.add(key)
        record = SubTransfer(
            self._ids("sub-transfer"), family, source, target, currency, amount, now, request_no
        )
        self.transfers.append(record)
        return record

    # ---- records -------------------------------------------------------------------------------
    def history(
        self, family: Family, main: Account, now: int, limit: int, involving: Account | None = None
    ) -> list[SubTransfer]:
        """The organisation's last ``limit`` transfers of ``family``, newest first.

        Only those ``involving`` one account if given; records older than three months are gone.
        """
        records = [
            record
            for record in self.transfers
            if record.family == family
            and organisation(record.source) is main
            and record.time_ms >= now - RETENTION_MS
            and (involving is None or record.involves(involving))
        ]
        records.sort(key=lambda record: (record.time_ms, record.transfer_id), reverse=True)
        return records[:limit]


__all__ = [
    "RETENTION_MS",
    "STATUS_DISABLED",
    "STATUS_FROZEN",
    "STATUS_NORMAL",
    "Family",
    "SubAccountEngine",
    "SubAccountStatus",
    "SubTransfer",
    "organisation",
    "wallet_of",
]
