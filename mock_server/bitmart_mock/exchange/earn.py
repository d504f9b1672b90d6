"""Earn: flexible and fixed-term savings products, funded from the spot wallet.

Interest accrues per whole day at the product's APY on the exchange clock. A flexible position
pays what it accrued when it is redeemed (in part or in full); a fixed position pays principal
and interest at maturity (settled whenever Earn is next used), while an early redemption returns
the principal only. Every subscription, redemption and interest payment is a record. A request
number (``requestNo``) makes each write idempotent: repeating it returns the first outcome.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from ..errors import MockError
from ._common import DAY_MS, EIGHT_PLACES, Clock, IdSource
from .accounts import MONEY, Account, House, move


@dataclass(frozen=True)
class Product:
    """A savings product; ``lock_days`` is 0 for flexible ones."""

    product_id: str
    coin: str
    apy: Decimal
    minimum: Decimal
    maximum: Decimal
    lock_days: int = 0
    tag: str = "Flexible"


PRODUCTS: dict[str, Product] = {
    p.product_id: p
    for p in (
        Product("1001", "USDT", Decimal("0.05"), Decimal(10), Decimal(100000)),
        Product("1002", "BTC", Decimal("0.01"), Decimal("0.0001"), Decimal(10)),
        Product("1003", "ETH", Decimal("0.02"), Decimal("0.001"), Decimal(200)),
        Product("2001", "USDT", Decimal("0.08"), Decimal(100), Decimal(50_000), 30, "Fixed"),
        Product("2002", "USDT", Decimal("0.10"), Decimal(100), Decimal(50_000), 90, "Fixed"),
        Product("2003", "BTC", Decimal("0.03"), Decimal("0.001"), Decimal(5), 60, "Fixed"),
    )
}


@dataclass
class Position:
    """Money in one product."""

    earn_id: str
    account: Account
    product: Product
    amount: Decimal
    since: int
    """When interest started (subscription, or the last payout of a flexible position)."""
    paid: Decimal = Decimal(0)
    renewal: str = "OFF"
    open: bool = True

    def accrued(self, now: int) -> Decimal:
        """Interest earned since ``since`` and not yet paid, whole days only."""
        days = max(0, (min(now, self.matures) if self.product.lock_days else now) - self.since) // DAY_MS
        return (self.amount * self.product.apy * days / 365).quantize(EIGHT_PLACES, rounding=ROUND_DOWN)

    @property
    def matures(self) -> int:
        """When a fixed position ends (flexible: never)."""
        return self.since + self.product.lock_days * DAY_MS if self.product.lock_days else 2**62


@dataclass(frozen=True)
class Record:
    """A subscription, redemption or interest payment."""

    record_id: str
    kind: str
    """``subscribe``, ``redeem`` or ``interest``."""
    account: Account
    product: Product
    amount: Decimal
    time: int
    request_no: str


class EarnEngine:
    """Every account's savings positions and records."""

    def __init__(self, house: House, ids: IdSource, clock: Clock) -> None:
        self._house = house
        self._ids = ids
        self._clock = clock
        self.positions: dict[str, Position] = {}
        self.records: list[Record] = []
        self.done: dict[tuple[int, str], str] = {}
        """(uid, requestNo) of a write already carried out, and the earn id it concerned."""
        self.auto_savings: dict[int, bool] = {}
        self.auto_subscribe: dict[tuple[int, str], bool] = {}

    def product(self, product_id: str, *, fixed: bool) -> Product:
        """A product of the right kind (``account_invalid_request`` naming ``productId`` otherwise)."""
        found = PRODUCTS.get(product_id)
        if found is None or bool(found.lock_days) != fixed:
            raise MockError(
                "account_invalid_request",
                f"Invalid request: productId {product_id} is not a {'fixed' if fixed else 'flexible'} one",
            )
        return found

    def position(self, account: Account, earn_id: str, *, fixed: bool) -> Position:
        """An open position of ``account`` (``account_invalid_request`` naming ``earnId`` otherwise)."""
        self.settle(account)
        found = self.positions.get(earn_id)
        if (
            found is None
            or found.account is not account
            or not found.open
            or bool(found.product.lock_days) != fixed
        ):
            raise MockError(
                "account_invalid_request",
                f"Invalid request: earnId {earn_id} is not an open position of this account",
            )
        return found

    def subscribe(
        self,
        account: Account,
        product: Product,
        amount: Decimal,
        request_no: str,
        renewal: str = "OFF",
        *,
        now: int | None = None,
    ) -> str:
        """Move ``amount`` from the spot wallet into a new position at ``now``; returns its earn id."""
        if (account.uid, request_no) in self.done:
            return self.done[account.uid, request_no]
        if not product.minimum <= amount <= product.maximum:
            raise MockError(
                "account_invalid_request",
                f"Invalid request: amount must be between {product.minimum} and {product.maximum}",
            )
        available = account.spot.balance(product.coin).available
        if available < amount:
            raise MockError(
                "account_balance_not_enough",
                f"Balance not enough: {available} {product.coin} available in the spot wallet",
            )
        move(account.spot, account.earn, product.coin, amount)
        now = self._clock() if now is None else now
        earn_id = str(self._ids("earn") + 7_000_000)
        self.positions[earn_id] = Position(earn_id, account, product, amount, now, renewal=renewal)
        self._record("subscribe", account, product, amount, request_no, now)
        self.done[account.uid, request_no] = earn_id
        return earn_id

    def redeem(
        self,
        position: Position,
        amount: Decimal,
        request_no: str,
        *,
        forfeit: bool = False,
        now: int | None = None,
    ) -> str:
        """Return ``amount`` of principal to the spot wallet, with its accrued interest unless ``forfeit``."""
        account = position.account
        if (account.uid, request_no) in self.done:
            return self.done[account.uid, request_no]
        if not 0 < amount <= position.amount:
            raise MockError(
                "account_invalid_request",
                f"Invalid request: amount must be positive and at most {position.amount}",
            )
        now = self._clock() if now is None else now
        if not forfeit:
            self._pay_interest(position, now)
        move(account.earn, account.spot, position.product.coin, amount)
        position.amount = MONEY.subtract(position.amount, amount)
        position.open = position.amount > 0
        self._record("redeem", account, position.product, amount, request_no, now)
        self.done[account.uid, request_no] = position.earn_id
        return position.earn_id

    def pay_interest(self, position: Position, now: int) -> None:
        """Pay a position the interest it has accrued by ``now`` (whole days), keeping the principal.

        BitMart pays flexible savings their interest every day; the mock pays it when a position
        is redeemed, and through this method when a seeded history pays it day by day. Fixed
        positions pay at maturity only (``ValueError``).
        """
        if position.product.lock_days:
            raise ValueError("a fixed position pays its interest at maturity")
        self._pay_interest(position, now)

    def settle_due(self, now: int) -> None:
        """Pay out every account's fixed positions that have matured by ``now``."""
        due = {
            p.account.uid: p.account
            for p in self.positions.values()
            if p.open and p.product.lock_days and now >= p.matures
        }
        for account in due.values():
            self.settle(account, now)

    def settle(self, account: Account, now: int | None = None) -> None:
        """Pay out the fixed positions of ``account`` that have matured by ``now``."""
        now = self._clock() if now is None else now
        for position in [p for p in self.positions.values() if p.account is account and p.open]:
            if position.product.lock_days and now >= position.matures:
                self.redeem(position, position.amount, f"maturity-{position.earn_id}", now=now)

    def _pay_interest(self, position: Position, now: int) -> None:
        interest = position.accrued(now)
        if interest > 0:
            move(self._house.counterparty, position.account.spot, position.product.coin, interest)
            position.paid += interest
            self._record("interest", position.account, position.product, interest, "", now)
        position.since = now if not position.product.lock_days else position.since

    def _record(
        self, kind: str, account: Account, product: Product, amount: Decimal, request_no: str, now: int
    ) -> None:
        record_id = str(self._ids("earn-record") + 9_000_000)
        self.records.append(Record(record_id, kind, account, product, amount, now, request_no))


__all__ = ["PRODUCTS", "EarnEngine", "Position", "Product", "Record"]
