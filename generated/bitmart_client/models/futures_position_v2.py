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
from ..models.futures_order_open_type import (
    FuturesOrderOpenType,
    check_futures_order_open_type,
)
from ..models.futures_position_side import (
    FuturesPositionSide,
    check_futures_position_side,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesPositionV2")


@_attrs_define
class FuturesPositionV2:
    """One position as `get_futures_positions_v2` returns it. When a contract was asked for by
    `symbol` and holds no position, the position fields are zero.

        Attributes:
            symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
            leverage (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            timestamp (int): Unix time in milliseconds.
            current_fee (Decimal): A decimal number, possibly signed, sent as a JSON string.
            open_timestamp (int): Unix time in milliseconds.
            current_value (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            mark_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            mark_value (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            position_value (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            maintenance_margin (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            close_vol (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            close_avg_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            open_avg_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            entry_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            current_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            realized_value (Decimal): A decimal number, possibly signed, sent as a JSON string.
            open_type (FuturesOrderOpenType): Margin mode of the order or position, lower case.
            position_side (FuturesPositionSide): Side of a V2 position, lower case. `long` or `short` in hedge mode, `both`
                in one-way mode.
            unrealized_pnl (Decimal): A decimal number, possibly signed, sent as a JSON string.
            liquidation_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            max_notional_value (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            initial_margin (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            position_cross (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is
                lost.
            position_amount (Decimal | Unset): A decimal number, possibly signed, sent as a JSON string.
            account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position belongs to; `futures` is
                the ordinary futures account.
    """

    symbol: str
    leverage: Decimal
    timestamp: int
    current_fee: Decimal
    open_timestamp: int
    current_value: Decimal
    mark_price: Decimal
    mark_value: Decimal
    position_value: Decimal
    maintenance_margin: Decimal
    close_vol: Decimal
    close_avg_price: Decimal
    open_avg_price: Decimal
    entry_price: Decimal
    current_amount: Decimal
    realized_value: Decimal
    open_type: FuturesOrderOpenType
    position_side: FuturesPositionSide
    unrealized_pnl: Decimal
    liquidation_price: Decimal
    max_notional_value: Decimal
    initial_margin: Decimal
    position_cross: Decimal | Unset = UNSET
    position_amount: Decimal | Unset = UNSET
    account: FuturesOrderAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        leverage = decimal_text(self.leverage, self._sent_fields, "leverage")

        timestamp = self.timestamp

        current_fee = decimal_text(self.current_fee, self._sent_fields, "current_fee")

        open_timestamp = self.open_timestamp

        current_value = decimal_text(
            self.current_value, self._sent_fields, "current_value"
        )

        mark_price = decimal_text(self.mark_price, self._sent_fields, "mark_price")

        mark_value = decimal_text(self.mark_value, self._sent_fields, "mark_value")

        position_value = decimal_text(
            self.position_value, self._sent_fields, "position_value"
        )

        maintenance_margin = decimal_text(
            self.maintenance_margin, self._sent_fields, "maintenance_margin"
        )

        close_vol = decimal_text(self.close_vol, self._sent_fields, "close_vol")

        close_avg_price = decimal_text(
            self.close_avg_price, self._sent_fields, "close_avg_price"
        )

        open_avg_price = decimal_text(
            self.open_avg_price, self._sent_fields, "open_avg_price"
        )

        entry_price = decimal_text(self.entry_price, self._sent_fields, "entry_price")

        current_amount = decimal_text(
            self.current_amount, self._sent_fields, "current_amount"
        )

        realized_value = decimal_text(
            self.realized_value, self._sent_fields, "realized_value"
        )

        open_type: str = self.open_type

        position_side: str = self.position_side

        unrealized_pnl = decimal_text(
            self.unrealized_pnl, self._sent_fields, "unrealized_pnl"
        )

        liquidation_price = decimal_text(
            self.liquidation_price, self._sent_fields, "liquidation_price"
        )

        max_notional_value = decimal_text(
            self.max_notional_value, self._sent_fields, "max_notional_value"
        )

        initial_margin = decimal_text(
            self.initial_margin, self._sent_fields, "initial_margin"
        )

        position_cross = decimal_text(
            self.position_cross, self._sent_fields, "position_cross"
        )

        position_amount = decimal_text(
            self.position_amount, self._sent_fields, "position_amount"
        )

        account: str | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "leverage": leverage,
                "timestamp": timestamp,
                "current_fee": current_fee,
                "open_timestamp": open_timestamp,
                "current_value": current_value,
                "mark_price": mark_price,
                "mark_value": mark_value,
                "position_value": position_value,
                "maintenance_margin": maintenance_margin,
                "close_vol": close_vol,
                "close_avg_price": close_avg_price,
                "open_avg_price": open_avg_price,
                "entry_price": entry_price,
                "current_amount": current_amount,
                "realized_value": realized_value,
                "open_type": open_type,
                "position_side": position_side,
                "unrealized_pnl": unrealized_pnl,
                "liquidation_price": liquidation_price,
                "max_notional_value": max_notional_value,
                "initial_margin": initial_margin,
            }
        )
        if position_cross is not UNSET:
            field_dict["position_cross"] = position_cross
        if position_amount is not UNSET:
            field_dict["position_amount"] = position_amount
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
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesPositionV2", "symbol", "str", symbol)

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is str:
            try:
                leverage = Decimal(leverage)
            except ArithmeticError:
                leverage = note("FuturesPositionV2", "leverage", "decimal", leverage)
        else:
            leverage = note("FuturesPositionV2", "leverage", "decimal", leverage)

        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not int:
            timestamp = note("FuturesPositionV2", "timestamp", "int", timestamp)

        current_fee = d.pop("current_fee", UNSET)
        if current_fee.__class__ is str:
            try:
                current_fee = Decimal(current_fee)
            except ArithmeticError:
                current_fee = note(
                    "FuturesPositionV2", "current_fee", "decimal", current_fee
                )
        else:
            current_fee = note(
                "FuturesPositionV2", "current_fee", "decimal", current_fee
            )

        open_timestamp = d.pop("open_timestamp", UNSET)
        if open_timestamp.__class__ is not int:
            open_timestamp = note(
                "FuturesPositionV2", "open_timestamp", "int", open_timestamp
            )

        current_value = d.pop("current_value", UNSET)
        if current_value.__class__ is str:
            try:
                current_value = Decimal(current_value)
            except ArithmeticError:
                current_value = note(
                    "FuturesPositionV2", "current_value", "decimal", current_value
                )
        else:
            current_value = note(
                "FuturesPositionV2", "current_value", "decimal", current_value
            )

        mark_price = d.pop("mark_price", UNSET)
        if mark_price.__class__ is str:
            try:
                mark_price = Decimal(mark_price)
            except ArithmeticError:
                mark_price = note(
                    "FuturesPositionV2", "mark_price", "decimal", mark_price
                )
        else:
            mark_price = note("FuturesPositionV2", "mark_price", "decimal", mark_price)

        mark_value = d.pop("mark_value", UNSET)
        if mark_value.__class__ is str:
            try:
                mark_value = Decimal(mark_value)
            except ArithmeticError:
                mark_value = note(
                    "FuturesPositionV2", "mark_value", "decimal", mark_value
                )
        else:
            mark_value = note("FuturesPositionV2", "mark_value", "decimal", mark_value)

        position_value = d.pop("position_value", UNSET)
        if position_value.__class__ is str:
            try:
                position_value = Decimal(position_value)
            except ArithmeticError:
                position_value = note(
                    "FuturesPositionV2", "position_value", "decimal", position_value
                )
        else:
            position_value = note(
                "FuturesPositionV2", "position_value", "decimal", position_value
            )

        maintenance_margin = d.pop("maintenance_margin", UNSET)
        if maintenance_margin.__class__ is str:
            try:
                maintenance_margin = Decimal(maintenance_margin)
            except ArithmeticError:
                maintenance_margin = note(
                    "FuturesPositionV2",
                    "maintenance_margin",
                    "decimal",
                    maintenance_margin,
                )
        else:
            maintenance_margin = note(
                "FuturesPositionV2", "maintenance_margin", "decimal", maintenance_margin
            )

        close_vol = d.pop("close_vol", UNSET)
        if close_vol.__class__ is str:
            try:
                close_vol = Decimal(close_vol)
            except ArithmeticError:
                close_vol = note("FuturesPositionV2", "close_vol", "decimal", close_vol)
        else:
            close_vol = note("FuturesPositionV2", "close_vol", "decimal", close_vol)

        close_avg_price = d.pop("close_avg_price", UNSET)
        if close_avg_price.__class__ is str:
            try:
                close_avg_price = Decimal(close_avg_price)
            except ArithmeticError:
                close_avg_price = note(
                    "FuturesPositionV2", "close_avg_price", "decimal", close_avg_price
                )
        else:
            close_avg_price = note(
                "FuturesPositionV2", "close_avg_price", "decimal", close_avg_price
            )

        open_avg_price = d.pop("open_avg_price", UNSET)
        if open_avg_price.__class__ is str:
            try:
                open_avg_price = Decimal(open_avg_price)
            except ArithmeticError:
                open_avg_price = note(
                    "FuturesPositionV2", "open_avg_price", "decimal", open_avg_price
                )
        else:
            open_avg_price = note(
                "FuturesPositionV2", "open_avg_price", "decimal", open_avg_price
            )

        entry_price = d.pop("entry_price", UNSET)
        if entry_price.__class__ is str:
            try:
                entry_price = Decimal(entry_price)
            except ArithmeticError:
                entry_price = note(
                    "FuturesPositionV2", "entry_price", "decimal", entry_price
                )
        else:
            entry_price = note(
                "FuturesPositionV2", "entry_price", "decimal", entry_price
            )

        current_amount = d.pop("current_amount", UNSET)
        if current_amount.__class__ is str:
            try:
                current_amount = Decimal(current_amount)
            except ArithmeticError:
                current_amount = note(
                    "FuturesPositionV2", "current_amount", "decimal", current_amount
                )
        else:
            current_amount = note(
                "FuturesPositionV2", "current_amount", "decimal", current_amount
            )

        realized_value = d.pop("realized_value", UNSET)
        if realized_value.__class__ is str:
            try:
                realized_value = Decimal(realized_value)
            except ArithmeticError:
                realized_value = note(
                    "FuturesPositionV2", "realized_value", "decimal", realized_value
                )
        else:
            realized_value = note(
                "FuturesPositionV2", "realized_value", "decimal", realized_value
            )

        open_type: FuturesOrderOpenType
        _open_type = d.pop("open_type", UNSET)
        open_type = check_futures_order_open_type(
            _open_type, "FuturesPositionV2", "open_type"
        )

        position_side: FuturesPositionSide
        _position_side = d.pop("position_side", UNSET)
        position_side = check_futures_position_side(
            _position_side, "FuturesPositionV2", "position_side"
        )

        unrealized_pnl = d.pop("unrealized_pnl", UNSET)
        if unrealized_pnl.__class__ is str:
            try:
                unrealized_pnl = Decimal(unrealized_pnl)
            except ArithmeticError:
                unrealized_pnl = note(
                    "FuturesPositionV2", "unrealized_pnl", "decimal", unrealized_pnl
                )
        else:
            unrealized_pnl = note(
                "FuturesPositionV2", "unrealized_pnl", "decimal", unrealized_pnl
            )

        liquidation_price = d.pop("liquidation_price", UNSET)
        if liquidation_price.__class__ is str:
            try:
                liquidation_price = Decimal(liquidation_price)
            except ArithmeticError:
                liquidation_price = note(
                    "FuturesPositionV2",
                    "liquidation_price",
                    "decimal",
                    liquidation_price,
                )
        else:
            liquidation_price = note(
                "FuturesPositionV2", "liquidation_price", "decimal", liquidation_price
            )

        max_notional_value = d.pop("max_notional_value", UNSET)
        if max_notional_value.__class__ is str:
            try:
                max_notional_value = Decimal(max_notional_value)
            except ArithmeticError:
                max_notional_value = note(
                    "FuturesPositionV2",
                    "max_notional_value",
                    "decimal",
                    max_notional_value,
                )
        else:
            max_notional_value = note(
                "FuturesPositionV2", "max_notional_value", "decimal", max_notional_value
            )

        initial_margin = d.pop("initial_margin", UNSET)
        if initial_margin.__class__ is str:
            try:
                initial_margin = Decimal(initial_margin)
            except ArithmeticError:
                initial_margin = note(
                    "FuturesPositionV2", "initial_margin", "decimal", initial_margin
                )
        else:
            initial_margin = note(
                "FuturesPositionV2", "initial_margin", "decimal", initial_margin
            )

        position_cross = d.pop("position_cross", UNSET)
        if position_cross.__class__ is str:
            try:
                position_cross = Decimal(position_cross)
            except ArithmeticError:
                position_cross = note(
                    "FuturesPositionV2", "position_cross", "decimal", position_cross
                )
        elif position_cross is not UNSET:
            position_cross = note(
                "FuturesPositionV2", "position_cross", "decimal", position_cross
            )

        position_amount = d.pop("position_amount", UNSET)
        if position_amount.__class__ is str:
            try:
                position_amount = Decimal(position_amount)
            except ArithmeticError:
                position_amount = note(
                    "FuturesPositionV2", "position_amount", "decimal", position_amount
                )
        elif position_amount is not UNSET:
            position_amount = note(
                "FuturesPositionV2", "position_amount", "decimal", position_amount
            )

        account: FuturesOrderAccount | Unset
        _account = d.pop("account", UNSET)
        account = (
            _account
            if _account is UNSET
            else check_futures_order_account(_account, "FuturesPositionV2", "account")
        )

        futures_position_v2 = cls(
            symbol=symbol,
            leverage=leverage,
            timestamp=timestamp,
            current_fee=current_fee,
            open_timestamp=open_timestamp,
            current_value=current_value,
            mark_price=mark_price,
            mark_value=mark_value,
            position_value=position_value,
            maintenance_margin=maintenance_margin,
            close_vol=close_vol,
            close_avg_price=close_avg_price,
            open_avg_price=open_avg_price,
            entry_price=entry_price,
            current_amount=current_amount,
            realized_value=realized_value,
            open_type=open_type,
            position_side=position_side,
            unrealized_pnl=unrealized_pnl,
            liquidation_price=liquidation_price,
            max_notional_value=max_notional_value,
            initial_margin=initial_margin,
            position_cross=position_cross,
            position_amount=position_amount,
            account=account,
        )
        futures_position_v2._sent_fields = src_dict

        if d:
            note_extra("FuturesPositionV2", d)
        futures_position_v2.additional_properties = d
        return futures_position_v2

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
