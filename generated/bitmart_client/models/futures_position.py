from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

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
        leverage (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        timestamp (int): Unix time in milliseconds.
        current_fee (str): A decimal number, possibly signed, sent as a JSON string.
        open_timestamp (int): Unix time in milliseconds.
        current_value (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        mark_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        position_value (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        position_cross (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        maintenance_margin (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        close_vol (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        close_avg_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        open_avg_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        entry_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        current_amount (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        unrealized_value (str): A decimal number, possibly signed, sent as a JSON string.
        realized_value (str): A decimal number, possibly signed, sent as a JSON string.
        position_type (FuturesPositionType): Direction of the position, an integer. 1 long, 2 short.
        mark_value (str | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
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
    leverage: str
    timestamp: int
    current_fee: str
    open_timestamp: int
    current_value: str
    mark_price: str
    position_value: str
    position_cross: str
    maintenance_margin: str
    close_vol: str
    close_avg_price: str
    open_avg_price: str
    entry_price: str
    current_amount: str
    unrealized_value: str
    realized_value: str
    position_type: FuturesPositionType
    mark_value: str | Unset = UNSET
    margin_type: FuturesPositionMarginType | Unset = UNSET
    position_mode: FuturesPositionModeName | Unset = UNSET
    account: FuturesOrderAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        leverage = self.leverage

        timestamp = self.timestamp

        current_fee = self.current_fee

        open_timestamp = self.open_timestamp

        current_value = self.current_value

        mark_price = self.mark_price

        position_value = self.position_value

        position_cross = self.position_cross

        maintenance_margin = self.maintenance_margin

        close_vol = self.close_vol

        close_avg_price = self.close_avg_price

        open_avg_price = self.open_avg_price

        entry_price = self.entry_price

        current_amount = self.current_amount

        unrealized_value = self.unrealized_value

        realized_value = self.realized_value

        position_type: int = self.position_type

        mark_value = self.mark_value

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
        if leverage.__class__ is not str:
            leverage = note("FuturesPosition", "leverage", "str", leverage)

        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not int:
            timestamp = note("FuturesPosition", "timestamp", "int", timestamp)

        current_fee = d.pop("current_fee", UNSET)
        if current_fee.__class__ is not str:
            current_fee = note("FuturesPosition", "current_fee", "str", current_fee)

        open_timestamp = d.pop("open_timestamp", UNSET)
        if open_timestamp.__class__ is not int:
            open_timestamp = note(
                "FuturesPosition", "open_timestamp", "int", open_timestamp
            )

        current_value = d.pop("current_value", UNSET)
        if current_value.__class__ is not str:
            current_value = note(
                "FuturesPosition", "current_value", "str", current_value
            )

        mark_price = d.pop("mark_price", UNSET)
        if mark_price.__class__ is not str:
            mark_price = note("FuturesPosition", "mark_price", "str", mark_price)

        position_value = d.pop("position_value", UNSET)
        if position_value.__class__ is not str:
            position_value = note(
                "FuturesPosition", "position_value", "str", position_value
            )

        position_cross = d.pop("position_cross", UNSET)
        if position_cross.__class__ is not str:
            position_cross = note(
                "FuturesPosition", "position_cross", "str", position_cross
            )

        maintenance_margin = d.pop("maintenance_margin", UNSET)
        if maintenance_margin.__class__ is not str:
            maintenance_margin = note(
                "FuturesPosition", "maintenance_margin", "str", maintenance_margin
            )

        close_vol = d.pop("close_vol", UNSET)
        if close_vol.__class__ is not str:
            close_vol = note("FuturesPosition", "close_vol", "str", close_vol)

        close_avg_price = d.pop("close_avg_price", UNSET)
        if close_avg_price.__class__ is not str:
            close_avg_price = note(
                "FuturesPosition", "close_avg_price", "str", close_avg_price
            )

        open_avg_price = d.pop("open_avg_price", UNSET)
        if open_avg_price.__class__ is not str:
            open_avg_price = note(
                "FuturesPosition", "open_avg_price", "str", open_avg_price
            )

        entry_price = d.pop("entry_price", UNSET)
        if entry_price.__class__ is not str:
            entry_price = note("FuturesPosition", "entry_price", "str", entry_price)

        current_amount = d.pop("current_amount", UNSET)
        if current_amount.__class__ is not str:
            current_amount = note(
                "FuturesPosition", "current_amount", "str", current_amount
            )

        unrealized_value = d.pop("unrealized_value", UNSET)
        if unrealized_value.__class__ is not str:
            unrealized_value = note(
                "FuturesPosition", "unrealized_value", "str", unrealized_value
            )

        realized_value = d.pop("realized_value", UNSET)
        if realized_value.__class__ is not str:
            realized_value = note(
                "FuturesPosition", "realized_value", "str", realized_value
            )

        position_type: FuturesPositionType
        _position_type = d.pop("position_type", UNSET)
        position_type = check_futures_position_type(
            _position_type, "FuturesPosition", "position_type"
        )

        mark_value = d.pop("mark_value", UNSET)
        if mark_value.__class__ is not str and mark_value is not UNSET:
            mark_value = note("FuturesPosition", "mark_value", "str", mark_value)

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
