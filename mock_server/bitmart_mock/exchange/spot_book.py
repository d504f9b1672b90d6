"""Spot orders and their terms, the order book of a pair, and price-time priority matching against it."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from .accounts import ZERO, Account, Wallet, holdable
from .spot_pairs import SpotPair


class SpotOrderState(StrEnum):
    """The states BitMart reports for a spot order."""

    NEW = "new"
    PARTIALLY_FILLED = "partially_filled"
    FILLED = "filled"
    CANCELED = "canceled"
    PARTIALLY_CANCELED = "partially_canceled"
    FAILED = "failed"


OPEN_STATES = (SpotOrderState.NEW, SpotOrderState.PARTIALLY_FILLED)
FINISHED_STATES = (SpotOrderState.FILLED, SpotOrderState.CANCELED, SpotOrderState.PARTIALLY_CANCELED)


@dataclass
class SpotOrder:
    """An order of any state."""

    order_id: int
    client_order_id: str
    account: Account
    wallet: Wallet
    pair: SpotPair
    side: str
    type: str
    order_mode: str
    price: Decimal | None
    size: Decimal
    notional: Decimal
    create_time: int
    stp_mode: str = "none"
    filled_size: Decimal = ZERO
    filled_notional: Decimal = ZERO
    state: SpotOrderState = SpotOrderState.NEW
    update_time: int = 0
    cancel_source: str = ""
    frozen: Decimal = ZERO
    """What is still reserved in ``wallet`` for this order (quote for buys, base for sells)."""

    @property
    def remaining(self) -> Decimal:
        """Base size still to fill (market buys by notional report the size they could still buy)."""
        return self.size - self.filled_size

    @property
    def is_open(self) -> bool:
        """Whether the order can still trade or be cancelled."""
        return self.state in OPEN_STATES

    @property
    def average_price(self) -> Decimal:
        """Average fill price, zero when nothing filled."""
        return self.filled_notional / self.filled_size if self.filled_size else ZERO

    @property
    def reserved_currency(self) -> str:
        """What the order reserves: the quote currency for buys, the base for sells."""
        return self.pair.quote if self.side == "buy" else self.pair.base

    @property
    def buys_by_notional(self) -> bool:
        """A market buy: it spends ``notional`` of quote instead of buying a size."""
        return self.type == "market" and self.side == "buy"

    def reserve(self) -> None:
        """Freeze in ``wallet`` what the order may spend: a sell its size, a buy its notional.

        A limit buy's notional (price x size) may have more decimals than the quote currency
        holds (ETH_BTC: 6 + 3); it is cut, which covers every fill, as each pays its own price x
        size cut, and the sum of cut amounts never exceeds the cut sum.
        """
        self.frozen = holdable(self.notional, self.pair.quote) if self.side == "buy" else self.size
        self.wallet.freeze(self.reserved_currency, self.frozen)


@dataclass
class SpotFill:
    """One side of a trade, as the account that owns it sees it."""

    trade_id: int
    order: SpotOrder
    price: Decimal
    size: Decimal
    fee: Decimal
    fee_currency: str
    role: str
    time: int

    @property
    def notional(self) -> Decimal:
        """Price times size in quote currency, cut to its precision: what the buyer paid the seller."""
        return holdable(self.price * self.size, self.order.pair.quote)


@dataclass(frozen=True)
class OrderTerms:
    """What an order asks for on its pair: side, type and the amounts that type needs.

    Limit types need ``size`` and ``price``, market buys ``notional``, market sells ``size``.
    """

    side: str
    order_type: str
    size: Decimal | None = None
    price: Decimal | None = None
    notional: Decimal | None = None


@dataclass
class Book:
    """Resting orders of one pair: bids best (highest) first, asks best (lowest) first."""

    bids: list[SpotOrder] = field(default_factory=list)
    asks: list[SpotOrder] = field(default_factory=list)

    def side(self, side: str) -> list[SpotOrder]:
        """The resting orders of ``side``."""
        return self.bids if side == "buy" else self.asks

    def insert(self, order: SpotOrder) -> None:
        """Rest ``order`` behind orders of the same price."""
        orders = self.side(order.side)
        assert order.price is not None
        key = -order.price if order.side == "buy" else order.price
        keys = [-o.price if o.side == "buy" else o.price for o in orders if o.price is not None]
        orders.insert(bisect.bisect_right(keys, key), order)

    def remove(self, order: SpotOrder) -> None:
        """Take ``order`` off the book if it rests there."""
        orders = self.side(order.side)
        if order in orders:
            orders.remove(order)

    def levels(self, side: str, limit: int) -> list[tuple[Decimal, Decimal]]:
        """Aggregated ``(price, size)`` levels, best first."""
        result: list[tuple[Decimal, Decimal]] = []
        for order in self.side(side):
            assert order.price is not None
            if result and result[-1][0] == order.price:
                result[-1] = (order.price, result[-1][1] + order.remaining)
            elif len(result) < limit:
                result.append((order.price, order.remaining))
            else:
                break
        return result

    def would_cross(self, order: SpotOrder) -> bool:
        """Whether a limit ``order`` would trade at once against the other side."""
        opposite = self.side("sell" if order.side == "buy" else "buy")
        if not opposite or order.price is None:
            return False
        best = opposite[0].price
        assert best is not None
        return best <= order.price if order.side == "buy" else best >= order.price

    def matches(self, taker: SpotOrder) -> Iterator[tuple[SpotOrder, Decimal, Decimal]]:
        """The trades ``taker`` makes against the book: ``(maker, price, size)``, best price first.

        The caller executes each trade before asking for the next one (the taker's and the
        maker's filled sizes decide what comes next); filled makers leave the book.
        """
        opposite = self.side("sell" if taker.side == "buy" else "buy")
        while opposite and taker.is_open:
            maker = opposite[0]
            assert maker.price is not None
            if taker.price is not None and (
                maker.price > taker.price if taker.side == "buy" else maker.price < taker.price
            ):
                return
            size = min(maker.remaining, _capacity(taker, maker.price))
            if size <= 0:
                return
            yield maker, maker.price, size
            if not maker.is_open:
                opposite.pop(0)


def _capacity(taker: SpotOrder, price: Decimal) -> Decimal:
    """What ``taker`` can still take at ``price``: a market buy is limited by what is left to spend."""
    if taker.buys_by_notional:
        budget = taker.notional - taker.filled_notional
        return (budget / price).quantize(taker.pair.size_step, rounding=ROUND_DOWN)
    return taker.remaining


__all__ = ["FINISHED_STATES", "OPEN_STATES", "Book", "OrderTerms", "SpotFill", "SpotOrder", "SpotOrderState"]
