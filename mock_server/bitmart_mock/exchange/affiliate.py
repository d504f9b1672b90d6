"""Futures affiliate reports, computed from what the invited users really trade.

The demo main account is an affiliate who invited the two demo friends (``friend1@demo.mock``,
``friend2@demo.mock``). Every figure comes from the futures engine's fills of those accounts: the
trading volume and fees they paid, and the rebate the affiliate earns on those fees at its rate
(part of which it passes back to the user). Nothing is stored here but the invitations.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ._common import DAY_MS
from .accounts import Account, Accounts
from .futures import FuturesTrading
from .futures_types import FuturesFill

REBATE_RATE = Decimal("0.30")
"""Share of an invitee's trading fees the affiliate earns."""
CASHBACK_RATE = Decimal("0.10")
"""Share of that rebate the affiliate passes back to the invitee."""


@dataclass(frozen=True)
class Figures:
    """What one invitee traded in a period and what it earned the affiliate."""

    volume: Decimal
    fees: Decimal

    @property
    def rebate(self) -> Decimal:
        """The affiliate's share of the fees."""
        return self.fees * REBATE_RATE


@dataclass(frozen=True)
class Invitation:
    """An invited user and when they registered (Unix milliseconds)."""

    invitee: Account
    registered: int


class AffiliateData:
    """Invitations of the demo affiliate, and reports derived from the invitees' fills."""

    def __init__(self, trading: FuturesTrading) -> None:
        self._trading = trading
        self.invitations: dict[int, list[Invitation]] = {}

    def seed(self, accounts: Accounts, now: int) -> None:
        """The demo main account invited the two demo friends, 40 and 12 days before ``now``."""
        self.invitations[accounts.get("main").uid] = [
            Invitation(accounts.get("friend1@demo.mock"), now - 40 * DAY_MS),
            Invitation(accounts.get("friend2@demo.mock"), now - 12 * DAY_MS),
        ]

    def invite(self, affiliate: Account, invitee: Account, registered: int) -> Invitation:
        """Record that ``affiliate`` invited ``invitee``, who registered at ``registered`` (Unix ms).

        An earlier invitation of the same user is replaced (a seeded history moves the demo
        friends' registrations back in time).
        """
        invitation = Invitation(invitee, registered)
        others = [i for i in self.invited(affiliate) if i.invitee is not invitee]
        self.invitations[affiliate.uid] = sorted([*others, invitation], key=lambda i: i.registered)
        return invitation

    def invited(self, affiliate: Account) -> list[Invitation]:
        """Everyone ``affiliate`` invited, oldest first."""
        return self.invitations.get(affiliate.uid, [])

    def invitation(self, affiliate: Account, uid: int) -> Invitation | None:
        """The invitation of user ``uid`` by ``affiliate``, if any."""
        return next((i for i in self.invited(affiliate) if i.invitee.uid == uid), None)

    def fills(self, invitee: Account, start_ms: int, end_ms: int) -> list[FuturesFill]:
        """The invitee's futures fills in [start_ms, end_ms], newest first."""
        fills = [
            f for f in self._trading.fills if f.order.account is invitee and start_ms <= f.time <= end_ms
        ]
        return sorted(fills, key=lambda f: -f.time)

    def figures(self, invitee: Account, start_ms: int, end_ms: int) -> Figures:
        """Volume (USDT notional) and fees of the invitee's fills in the period."""
        fills = self.fills(invitee, start_ms, end_ms)
        volume = sum((f.price * f.volume * f.order.contract.contract_size for f in fills), Decimal(0))
        return Figures(volume, sum((f.fee for f in fills), Decimal(0)))


__all__ = ["CASHBACK_RATE", "REBATE_RATE", "AffiliateData", "Figures", "Invitation"]
