"""Spot trading: orders placed, matched against the book, settled, cancelled.

Matching is price-time priority (``Book.matches``). Every fill moves real balances: the taker's
and the maker's reservations are spent into the other side's wallet, and each side pays its fee
to the house in the currency it receives (the quote amount and the fees cut to what a wallet
holds, ``accounts.holdable``). Order types: ``limit`` (rests if not filled),
``limit_maker`` (refused as ``failed`` if it would trade at once), ``ioc`` (unfilled rest
cancelled), ``market`` (buys spend ``notional`` quote, sells sell ``size`` base; unfilled rest
cancelled). After every placement the market maker tops the book up.

Public interface (also for seeding history at past times): ``place`` (a pair and an
order's ``OrderTerms``) and ``cancel`` take the exchange time ``now`` explicitly; ``order`` /
``order_by_client_id`` / ``account_orders`` / ``account_fills`` look orders up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..errors import MockError
from ._common import Clock, IdSource, owned
from .accounts import ZERO, Account, House, Wallet, holdable, move, settle
from .spot_book import Book, OrderTerms, SpotFill, SpotOrder, SpotOrderState
from .spot_maker import MarketMaker
from .spot_market import SpotMarketData
from .spot_pairs import SpotPair, SpotPairs

MAKER_FEE = Decimal("0.0008")
TAKER_FEE = Decimal("0.001")
_LIMIT_TYPES = ("limit", "limit_maker", "ioc")


@dataclass(eq=False)
class SpotEngine:
    """The orders and fills of every account, and the books they rest in."""

    pairs: SpotPairs
    books: dict[str, Book]
    market: SpotMarketData
    maker: MarketMaker
    _house: House
    _ids: IdSource
    _clock: Clock
    orders: dict[int, SpotOrder] = field(init=False, default_factory=dict)
    by_client_id: dict[tuple[int, str], SpotOrder] = field(init=False, default_factory=dict)
    fills: list[SpotFill] = field(init=False, default_factory=list)

    # ---- lookups -------------------------------------------------------------------------------
    def pair(self, symbol: object, *, unknown: str = "spot_symbol_not_found") -> SpotPair:
        """The pair called ``symbol``, or the error ``unknown``."""
        return self.pairs.get(symbol, unknown=unknown)

    def order(self, account: Account, order_id: object) -> SpotOrder:
        """An order of ``account`` by id (``spot_order_not_found`` otherwise)."""
        order = owned(self.orders, account, order_id)
        if order is None:
            raise MockError("spot_order_not_found")
        return order

    def order_by_client_id(self, account: Account, client_order_id: str) -> SpotOrder:
        """An order of ``account`` by its client order id (``spot_order_not_found`` otherwise)."""
        order = self.by_client_id.get((account.uid, client_order_id))
        if order is None:
            raise MockError("spot_order_not_found")
        return order

    def account_orders(self, account: Account) -> list[SpotOrder]:
        """Every order of ``account``, newest first."""
        return sorted(
            (o for o in self.orders.values() if o.account is account), key=lambda o: o.order_id, reverse=True
        )

    def account_fills(self, account: Account) -> list[SpotFill]:
        """Every fill of ``account``, newest first."""
        return [fill for fill in reversed(self.fills) if fill.order.account is account]

    # ---- placing -------------------------------------------------------------------------------
    def place(
        self,
        account: Account,
        symbol: str,
        terms: OrderTerms,
        *,
        client_order_id: str = "",
        order_mode: str = "spot",
        stp_mode: str = "none",
        wallet: Wallet | None = None,
        now: int | None = None,
    ) -> SpotOrder:
        """Check, reserve funds, match and (limit orders) rest a new order at ``now`` (default: now).

        ``wallet`` is the account's spot wallet unless given (margin orders trade with the
        pair's margin wallet). Raises the checks' errors, ``spot_client_order_id_duplicate``
        and the wallet's insufficient-balance error.
        """
        pair = self.pair(symbol)
        now = self._clock() if now is None else now
        if client_order_id and (account.uid, client_order_id) in self.by_client_id:
            raise MockError("spot_client_order_id_duplicate")
        size, price, notional = self._amounts(pair, terms)
        side, order_type = terms.side, terms.order_type
        order = SpotOrder(
            self._ids("spot-order") * 7 + 1_000_000_000, client_order_id, account, wallet or account.spot,
            pair, side, order_type, order_mode, price, size, notional, create_time=now, update_time=now,
            stp_mode=stp_mode,
        )  # fmt: skip
        order.reserve()
        self.orders[order.order_id] = order
        if client_order_id:
            self.by_client_id[(account.uid, client_order_id)] = order
        book = self.books[pair.symbol]
        if order_type == "limit_maker" and book.would_cross(order):
            order.state = SpotOrderState.FAILED
            self._release(order)
            return order
        for maker, trade_price, trade_size in book.matches(order):
            self._trade(order, maker, trade_price, trade_size, now)
        if order.is_open:
            if order_type in ("limit", "limit_maker"):
                book.insert(order)
            else:
                self._finish_unfilled(order, now, source="system")
        self.maker.replenish(pair, now)
        return order

    def check(self, symbol: str, terms: OrderTerms) -> None:
        """Refuse an order's terms as ``place`` would, without placing it (for batches)."""
        self._amounts(self.pair(symbol), terms)

    @staticmethod
    def _amounts(pair: SpotPair, terms: OrderTerms) -> tuple[Decimal, Decimal | None, Decimal]:
        """The checked ``(size, price, notional)`` of an order."""
        size, price, notional = terms.size, terms.price, terms.notional
        if terms.order_type in _LIMIT_TYPES:
            if size is None:
                raise MockError("spot_size_required")
            if price is None:
                raise MockError("spot_price_required")
            pair.check_price(price)
            pair.check_size(size)
            if size * price < pair.min_notional:
                raise MockError("spot_notional_below_minimum", args=(str(pair.min_notional),))
            return size, price, size * price
        if terms.side == "buy":
            if notional is None:
                raise MockError("spot_notional_required")
            if notional < pair.min_notional:
                raise MockError("spot_notional_below_minimum", args=(str(pair.min_notional),))
            return ZERO, None, notional
        if size is None:
            raise MockError("spot_size_required")
        pair.check_size(size)
        return size, None, ZERO

    # ---- trading -------------------------------------------------------------------------------
    def _trade(self, taker: SpotOrder, maker: SpotOrder, price: Decimal, size: Decimal, now: int) -> None:
        """One trade: both orders fill ``size`` at ``price``; each side pays and receives.

        The quote amount and both fees are cut to what the wallets hold (``holdable``).
        """
        pair = taker.pair
        notional = holdable(price * size, pair.quote)
        for order in (taker, maker):
            order.filled_size += size
            order.filled_notional += notional
            order.update_time = now
            if order.buys_by_notional:
                done = order.notional - order.filled_notional < price * order.pair.size_step
            else:
                done = order.filled_size >= order.size
            order.state = SpotOrderState.FILLED if done else SpotOrderState.PARTIALLY_FILLED
        buyer, seller = (taker, maker) if taker.side == "buy" else (maker, taker)
        buyer_fee = holdable(size * (TAKER_FEE if buyer is taker else MAKER_FEE), pair.base)
        seller_fee = holdable(notional * (TAKER_FEE if seller is taker else MAKER_FEE), pair.quote)
        settle(buyer.wallet, seller.wallet, pair.quote, notional)
        settle(seller.wallet, buyer.wallet, pair.base, size)
        buyer.frozen -= notional
        seller.frozen -= size
        _pay_fee(buyer.wallet, self._house.fees, pair.base, buyer_fee)
        _pay_fee(seller.wallet, self._house.fees, pair.quote, seller_fee)
        for order, role in ((taker, "taker"), (maker, "maker")):
            if not order.is_open:
                self._release(order)  # a buy filled below its limit gets the difference back
            if order.account is not self.maker.account:  # the maker's own fills are nobody's history
                fee, currency = (buyer_fee, pair.base) if order is buyer else (seller_fee, pair.quote)
                trade_id = self._ids("spot-trade")
                self.fills.append(SpotFill(trade_id, order, price, size, fee, currency, role, now))
        self.market.record_trade(pair, price, size, taker.side, now)
        if taker.buys_by_notional and taker.state == SpotOrderState.FILLED:
            taker.size = taker.filled_size

    def _release(self, order: SpotOrder) -> None:
        order.wallet.unfreeze(order.reserved_currency, order.frozen)
        order.frozen = ZERO

    def _finish_unfilled(self, order: SpotOrder, now: int, *, source: str) -> None:
        partly = order.filled_size > 0
        order.state = SpotOrderState.PARTIALLY_CANCELED if partly else SpotOrderState.CANCELED
        order.cancel_source = source
        order.update_time = now
        self._release(order)

    def cancel(self, order: SpotOrder, *, now: int | None = None, source: str = "user") -> None:
        """Cancel an open order at ``now`` (default: the clock).

        Raises ``spot_order_already_canceled`` (cancelled or failed) or
        ``spot_order_already_completed`` (filled).
        """
        if order.state in (SpotOrderState.CANCELED, SpotOrderState.PARTIALLY_CANCELED, SpotOrderState.FAILED):
            raise MockError("spot_order_already_canceled")
        if order.state == SpotOrderState.FILLED:
            raise MockError("spot_order_already_completed")
        self.books[order.pair.symbol].remove(order)
        self._finish_unfilled(order, self._clock() if now is None else now, source=source)


def _pay_fee(wallet: Wallet, fees: Wallet, currency: str, fee: Decimal) -> None:
    """The fee leaves what the order just received (so the wallet always has it)."""
    if fee:
        move(wallet, fees, currency, fee)


__all__ = ["MAKER_FEE", "TAKER_FEE", "SpotEngine"]
