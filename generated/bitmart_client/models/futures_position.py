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
from ..models.futures_position_margin_type import (
    FuturesPositionMarginType,
    check_futures_position_margin_type,
)
from ..models.futures_position_mode_name import (
    FuturesPositionModeName,
    check_futures_position_mode_name,
)
from ..models.futures_position_type import (
    FuturesPositionType,
    check_futures_position_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesPosition")


@_attrs_define
class FuturesPosition:
    """One position as `get_futures_positions` returns it. Amounts in contracts, values in the settlement currency.

    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        leverage (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        timestamp (int): Unix time in milliseconds.
        current_fee (Decimal): A decimal number, possibly signed, sent as a JSON string.
        open_timestamp (int): Unix time in milliseconds.
        current_value (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        mark_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        position_value (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        position_cross (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        maintenance_margin (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        close_vol (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        close_avg_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        open_avg_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        entry_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        current_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        unrealized_value (Decimal): A decimal number, possibly signed, sent as a JSON string.
        realized_value (Decimal): A decimal number, possibly signed, sent as a JSON string.
        position_type (FuturesPositionType): Direction of the position, an integer. 1 long, 2 short.
        mark_value (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
        margin_type (FuturesPositionMarginType | Unset): Margin mode as `get_futures_positions` and
            `get_futures_position_risk` send it, capitalised per the documentation (lower case seen in BitMart's skills
            examples).
        position_mode (FuturesPositionModeName | Unset): `hedge_mode`: a long and a short position can be held side by
            side on a contract.
            `one_way_mode`: one net position per contract.
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
    position_value: Decimal
    position_cross: Decimal
    maintenance_margin: Decimal
    close_vol: Decimal
    close_avg_price: Decimal
    open_avg_price: Decimal
    entry_price: Decimal
    current_amount: Decimal
    unrealized_value: Decimal
    realized_value: Decimal
    position_type: FuturesPositionType
    mark_value: Decimal | Unset = UNSET
    margin_type: FuturesPositionMarginType | Unset = UNSET
    position_mode: FuturesPositionModeName | Unset = UNSET
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

        position_value = decimal_text(
            self.position_value, self._sent_fields, "position_value"
        )

        position_cross = decimal_text(
            self.position_cross, self._sent_fields, "position_cross"
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

        unrealized_value = decimal_text(
            self.unrealized_value, self._sent_fields, "unrealized_value"
        )

        realized_value = decimal_text(
            self.realized_value, self._sent_fields, "realized_value"
        )

        position_type: int = self.position_type

        mark_value = decimal_text(self.mark_value, self._sent_fields, "mark_value")

        margin_type: str | Unset = UNSET
        if not isinstance(self.margin_type, Unset):
            margin_type = self.margin_type

        position_mode: str | Unset = UNSET
        if not isinstance(self.position_mode, Unset):
            position_mode = self.position_mode

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
                "position_value": position_value,
                "position_cross": position_cross,
                "maintenance_margin": maintenance_margin,
                "close_vol": close_vol,
                "close_avg_price": close_avg_price,
                "open_avg_price": open_avg_price,
                "entry_price": entry_price,
                "current_amount": current_amount,
                "unrealized_value": unrealized_value,
                "realized_value": realized_value,
                "position_type": position_type,
            }
        )
        if mark_value is not UNSET:
            field_dict["mark_value"] = mark_value
        if margin_type is not UNSET:
            field_dict["margin_type"] = margin_type
        if position_mode is not UNSET:
            field_dict["position_mode"] = position_mode
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
            symbol = note("FuturesPosition", "symbol", "str", symbol)

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is str:
            try:
                leverage = Decimal(leverage)
            except ArithmeticError:
                leverage = note("FuturesPosition", "leverage", "decimal", leverage)
        else:
            leverage = note("FuturesPosition", "leverage", "decimal", leverage)

        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not int:
            timestamp = note("FuturesPosition", "timestamp", "int", timestamp)

        current_fee = d.pop("current_fee", UNSET)
        if current_fee.__class__ is str:
            try:
                current_fee = Decimal(current_fee)
            except ArithmeticError:
                current_fee = note(
                    "FuturesPosition", "current_fee", "decimal", current_fee
                )
        else:
            current_fee = note("FuturesPosition", "current_fee", "decimal", current_fee)

        open_timestamp = d.pop("open_timestamp", UNSET)
        if open_timestamp.__class__ is not int:
            open_timestamp = note(
                "FuturesPosition", "open_timestamp", "int", open_timestamp
            )

        current_value = d.pop("current_value", UNSET)
        if current_value.__class__ is str:
            try:
                current_value = Decimal(current_value)
            except ArithmeticError:
                current_value = note(
                    "FuturesPosition", "current_value", "decimal", current_value
                )
        else:
            current_value = note(
                "FuturesPosition", "current_value", "decimal", current_value
            )

        mark_price = d.pop("mark_price", UNSET)
        if mark_price.__class__ is str:
            try:
                mark_price = Decimal(mark_price)
            except ArithmeticError:
                mark_price = note(
                    "FuturesPosition", "mark_price", "decimal", mark_price
                )
        else:
            mark_price = note("FuturesPosition", "mark_price", "decimal", mark_price)

        position_value = d.pop("position_value", UNSET)
        if position_value.__class__ is str:
            try:
                position_value = Decimal(position_value)
            except ArithmeticError:
                position_value = note(
                    "FuturesPosition", "position_value", "decimal", position_value
                )
        else:
            position_value = note(
                "FuturesPosition", "position_value", "decimal", position_value
            )

        position_cross = d.pop("position_cross", UNSET)
        if position_cross.__class__ is str:
            try:
                position_cross = Decimal(position_cross)
            except ArithmeticError:
                position_cross = note(
                    "FuturesPosition", "position_cross", "decimal", position_cross
                )
        else:
            position_cross = note(
                "FuturesPosition", "position_cross", "decimal", position_cross
            )

        maintenance_margin = d.pop("maintenance_margin", UNSET)
        if maintenance_margin.__class__ is str:
            try:
                maintenance_margin = Decimal(maintenance_margin)
            except ArithmeticError:
                maintenance_margin = note(
                    "FuturesPosition",
                    "maintenance_margin",
                    "decimal",
                    maintenance_margin,
                )
        else:
            maintenance_margin = note(
                "FuturesPosition", "maintenance_margin", "decimal", maintenance_margin
            )

        close_vol = d.pop("close_vol", UNSET)
        if close_vol.__class__ is str:
            try:
                close_vol = Decimal(close_vol)
            except ArithmeticError:
                close_vol = note("FuturesPosition", "close_vol", "decimal", close_vol)
        else:
            close_vol = note("FuturesPosition", "close_vol", "decimal", close_vol)

        close_avg_price = d.pop("close_avg_price", UNSET)
        if close_avg_price.__class__ is str:
            try:
                close_avg_price = Decimal(close_avg_price)
            except ArithmeticError:
                close_avg_price = note(
                    "FuturesPosition", "close_avg_price", "decimal", close_avg_price
                )
        else:
            close_avg_price = note(
                "FuturesPosition", "close_avg_price", "decimal", close_avg_price
            )

        open_avg_price = d.pop("open_avg_price", UNSET)
        if open_avg_price.__class__ is str:
            try:
                open_avg_price = Decimal(open_avg_price)
            except ArithmeticError:
                open_avg_price = note(
                    "FuturesPosition", "open_avg_price", "decimal", open_avg_price
                )
        else:
            open_avg_price = note(
                "FuturesPosition", "open_avg_price", "decimal", open_avg_price
            )

        entry_price = d.pop("entry_price", UNSET)
        if entry_price.__class__ is str:
            try:
                entry_price = Decimal(entry_price)
            except ArithmeticError:
                entry_price = note(
                    "FuturesPosition", "entry_price", "decimal", entry_price
                )
        else:
            entry_price = note("FuturesPosition", "entry_price", "decimal", entry_price)

        current_amount = d.pop("current_amount", UNSET)
        if current_amount.__class__ is str:
            try:
                current_amount = Decimal(current_amount)
            except ArithmeticError:
                current_amount = note(
                    "FuturesPosition", "current_amount", "decimal", current_amount
                )
        else:
            current_amount = note(
                "FuturesPosition", "current_amount", "decimal", current_amount
            )

        unrealized_value = d.pop("unrealized_value", UNSET)
        if unrealized_value.__class__ is str:
            try:
                unrealized_value = Decimal(unrealized_value)
            except ArithmeticError:
                unrealized_value = note(
                    "FuturesPosition", "unrealized_value", "decimal", unrealized_value
                )
        else:
            unrealized_value = note(
                "FuturesPosition", "unrealized_value", "decimal", unrealized_value
            )

        realized_value = d.pop("realized_value", UNSET)
        if realized_value.__class__ is str:
            try:
                realized_value = Decimal(realized_value)
            except ArithmeticError:
                realized_value = note(
                    "FuturesPosition", "realized_value", "decimal", realized_value
                )
        else:
            realized_value = note(
                "FuturesPosition", "realized_value", "decimal", realized_value
            )

        position_type: FuturesPositionType
        _position_type = d.pop("position_type", UNSET)
        position_type = check_futures_position_type(
            _position_type, "FuturesPosition", "position_type"
        )

        mark_value = d.pop("mark_value", UNSET)
        if mark_value.__class__ is str:
            try:
                mark_value = Decimal(mark_value)
            except ArithmeticError:
                mark_value = note(
                    "FuturesPosition", "mark_value", "decimal", mark_value
                )
        elif mark_value is not UNSET:
            mark_value = note("FuturesPosition", "mark_value", "decimal", mark_value)

        margin_type: FuturesPositionMarginType | Unset
        _margin_type = d.pop("margin_type", UNSET)
        margin_type = (
            _margin_type
            if _margin_type is UNSET
            else check_futures_position_margin_type(
                _margin_type, "FuturesPosition", "margin_type"
            )
        )

        position_mode: FuturesPositionModeName | Unset
        _position_mode = d.pop("position_mode", UNSET)
        position_mode = (
            _position_mode
            if _position_mode is UNSET
            else check_futures_position_mode_name(
                _position_mode, "FuturesPosition", "position_mode"
            )
        )

        account: FuturesOrderAccount | Unset
        _account = d.pop("account", UNSET)
        account = (
            _account
            if _account is UNSET
            else check_futures_order_account(_account, "FuturesPosition", "account")
        )

        futures_position = cls(
            symbol=symbol,
            leverage=leverage,
            timestamp=timestamp,
            current_fee=current_fee,
            open_timestamp=open_timestamp,
            current_value=current_value,
            mark_price=mark_price,
            position_value=position_value,
            position_cross=position_cross,
            maintenance_margin=maintenance_margin,
            close_vol=close_vol,
            close_avg_price=close_avg_price,
            open_avg_price=open_avg_price,
            entry_price=entry_price,
            current_amount=current_amount,
            unrealized_value=unrealized_value,
            realized_value=realized_value,
            position_type=position_type,
            mark_value=mark_value,
            margin_type=margin_type,
            position_mode=position_mode,
            account=account,
        )
        futures_position._sent_fields = src_dict

        if d:
            note_extra("FuturesPosition", d)
        futures_position.additional_properties = d
        return futures_position

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
