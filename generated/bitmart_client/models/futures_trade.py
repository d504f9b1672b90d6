from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.futures_order_account import (
    FuturesOrderAccount,
    check_futures_order_account,
)
from ..models.futures_order_side_code import (
    FuturesOrderSideCode,
    check_futures_order_side_code,
)
from ..models.futures_trade_role import FuturesTradeRole, check_futures_trade_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesTrade")


@_attrs_define
class FuturesTrade:
    """One fill of one of the account's futures orders.

    Attributes:
        order_id (str): BitMart's id of a futures order, a string of digits.
        trade_id (str): BitMart's id of the fill.
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        side (FuturesOrderSideCode): Order direction, an integer whose meaning depends on the position mode. Hedge mode:
            1 buy to open long, 2 buy to close short, 3 sell to close long, 4 sell to open short.
            One-way mode: 1 buy, 2 buy reduce-only, 3 sell reduce-only, 4 sell.
        price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        vol (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        exec_type (FuturesTradeRole): Liquidity role of the fill, capitalised.
        profit (bool): Whether the fill realised a profit.
        realised_profit (Decimal): A decimal number, possibly signed, sent as a JSON string.
        paid_fees (Decimal): A decimal number, possibly signed, sent as a JSON string.
        create_time (int): Unix time in milliseconds.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position belongs to; `futures` is
            the ordinary futures account.
    """

    order_id: str
    trade_id: str
    symbol: str
    side: FuturesOrderSideCode
    price: Decimal
    vol: Decimal
    exec_type: FuturesTradeRole
    profit: bool
    realised_profit: Decimal
    paid_fees: Decimal
    create_time: int
    account: FuturesOrderAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        trade_id = self.trade_id

        symbol = self.symbol

        side: int = self.side

        price = decimal_text(self.price, self._sent_fields, "price")

        vol = decimal_text(self.vol, self._sent_fields, "vol")

        exec_type: str = self.exec_type

        profit = self.profit

        realised_profit = decimal_text(
            self.realised_profit, self._sent_fields, "realised_profit"
        )

        paid_fees = decimal_text(self.paid_fees, self._sent_fields, "paid_fees")

        create_time = self.create_time

        account: str | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "trade_id": trade_id,
                "symbol": symbol,
                "side": side,
                "price": price,
                "vol": vol,
                "exec_type": exec_type,
                "profit": profit,
                "realised_profit": realised_profit,
                "paid_fees": paid_fees,
                "create_time": create_time,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)
        if order_id.__class__ is not str:
            order_id = note("FuturesTrade", "order_id", "str", order_id)

        trade_id = d.pop("trade_id", UNSET)
        if trade_id.__class__ is not str:
            trade_id = note("FuturesTrade", "trade_id", "str", trade_id)

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesTrade", "symbol", "str", symbol)

        side: FuturesOrderSideCode
        _side = d.pop("side", UNSET)
        side = check_futures_order_side_code(_side, "FuturesTrade", "side")

        price = d.pop("price", UNSET)
        if price.__class__ is str:
            try:
                price = Decimal(price)
            except ArithmeticError:
                price = note("FuturesTrade", "price", "decimal", price)
        else:
            price = note("FuturesTrade", "price", "decimal", price)

        vol = d.pop("vol", UNSET)
        if vol.__class__ is str:
            try:
                vol = Decimal(vol)
            except ArithmeticError:
                vol = note("FuturesTrade", "vol", "decimal", vol)
        else:
            vol = note("FuturesTrade", "vol", "decimal", vol)

        exec_type: FuturesTradeRole
        _exec_type = d.pop("exec_type", UNSET)
        exec_type = check_futures_trade_role(_exec_type, "FuturesTrade", "exec_type")

        profit = d.pop("profit", UNSET)
        if profit.__class__ is not bool:
            profit = note("FuturesTrade", "profit", "bool", profit)

        realised_profit = d.pop("realised_profit", UNSET)
        if realised_profit.__class__ is str:
            try:
                realised_profit = Decimal(realised_profit)
            except ArithmeticError:
                realised_profit = note(
                    "FuturesTrade", "realised_profit", "decimal", realised_profit
                )
        else:
            realised_profit = note(
                "FuturesTrade", "realised_profit", "decimal", realised_profit
            )

        paid_fees = d.pop("paid_fees", UNSET)
        if paid_fees.__class__ is str:
            try:
                paid_fees = Decimal(paid_fees)
            except ArithmeticError:
                paid_fees = note("FuturesTrade", "paid_fees", "decimal", paid_fees)
        else:
            paid_fees = note("FuturesTrade", "paid_fees", "decimal", paid_fees)

        create_time = d.pop("create_time", UNSET)
        if create_time.__class__ is not int:
            create_time = note("FuturesTrade", "create_time", "int", create_time)

        account: FuturesOrderAccount | Unset
        _account = d.pop("account", UNSET)
        account = (
            _account
            if _account is UNSET
            else check_futures_order_account(_account, "FuturesTrade", "account")
        )

        futures_trade = cls(
            order_id=order_id,
            trade_id=trade_id,
            symbol=symbol,
            side=side,
            price=price,
            vol=vol,
            exec_type=exec_type,
            profit=profit,
            realised_profit=realised_profit,
            paid_fees=paid_fees,
            create_time=create_time,
            account=account,
        )
        futures_trade._sent_fields = src_dict

        if d:
            note_extra("FuturesTrade", d)
        futures_trade.additional_properties = d
        return futures_trade

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
