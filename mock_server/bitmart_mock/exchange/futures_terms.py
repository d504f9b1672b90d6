"""The terms of a new futures order: what a request asks for, checked against the account's state."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..errors import MockError
from .accounts import Account
from .futures_contracts import Contract, contract
from .futures_orders import FuturesOrders
from .futures_positions import PositionLedger
from .futures_settings import FuturesSettings
from .futures_types import FuturesOrder, OrderMode, PositionType, Presets, Side


@dataclass
class OrderRequest:
    """A new order's terms (``None``: the account's setting)."""

    symbol: str
    side: Side
    order_type: str
    size: int
    price: Decimal | None = None
    mode: OrderMode = OrderMode.GTC
    leverage: Decimal | None = None
    open_type: str | None = None
    client_order_id: str = ""
    presets: Presets | None = None
    display_type: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def checked_contract(self) -> Contract:
        """The contract, once size, price and time in force are valid for it."""
        found = contract(self.symbol)
        market = self.order_type == "market"
        found.check_volume(Decimal(self.size), market=market)
        if market and self.mode == OrderMode.MAKER_ONLY:
            raise MockError(
                "futures_type_invalid", "The order type is invalid: mode 4 (Maker Only) needs a limit order"
            )
        if not market:
            if self.price is None:
                raise MockError(
                    "futures_precision_invalid",
                    "The order precision is invalid: price is required for a limit order",
                )
            found.check_price(self.price)
        return found


def order_terms(
    settings: FuturesSettings,
    positions: PositionLedger,
    account: Account,
    found: Contract,
    request: OrderRequest,
) -> tuple[Decimal, str]:
    """Leverage and margin type of a new order, checked against an open position's."""
    setting = settings.leverage_of(account, found.symbol)
    held = positions.held(account, found.symbol)
    opens = request.side.opens
    if not opens or held:
        base = (held[0].leverage, held[0].open_type) if held else setting
        if opens and request.leverage is not None and request.leverage != base[0]:
            raise MockError(
                "futures_leverage_invalid",
                f"The order leverage is invalid: the open position on {found.symbol} is {base[0]}x",
            )
        if opens and request.open_type is not None and request.open_type != base[1]:
            raise MockError(
                "futures_open_type_invalid",
                f"The order open type is invalid: the open position on {found.symbol} is {base[1]}",
            )
        return base
    lever = setting[0] if request.leverage is None else request.leverage
    found.check_leverage(lever)
    return lever, request.open_type or setting[1]


def check_closable(
    orders: FuturesOrders,
    positions: PositionLedger,
    order: FuturesOrder,
    volume: int,
    ignore: FuturesOrder | None = None,
) -> None:
    """A reduce-only order needs a position with that much volume not yet reserved."""
    if not order.reduce_only:
        return
    kind = order.closes
    held = positions.position(order.account, order.symbol, kind)
    if held is None:
        name = "short" if kind == PositionType.SHORT else "long"
        raise MockError(
            "futures_position_not_found", f"The position is not exsit: no {name} on {order.symbol}"
        )
    free = held.volume - orders.reserved(held, ignore)
    if free < volume:
        raise MockError(
            "futures_position_volume_not_enough",
            f"Your position volume is not enough: {free} contracts can still be closed",
        )


__all__ = ["OrderRequest", "check_closable", "order_terms"]
