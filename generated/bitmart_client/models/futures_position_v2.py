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
            leverage (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            timestamp (int): Unix time in milliseconds.
            current_fee (str): A decimal number, possibly signed, sent as a JSON string.
            open_timestamp (int): Unix time in milliseconds.
            current_value (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            mark_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            mark_value (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            position_value (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            maintenance_margin (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            close_vol (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            close_avg_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            open_avg_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            entry_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            current_amount (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            realized_value (str): A decimal number, possibly signed, sent as a JSON string.
            open_type (FuturesOrderOpenType): Margin mode of the order or position, lower case.
            position_side (FuturesPositionSide): Side of a V2 position, lower case. `long` or `short` in hedge mode, `both`
                in one-way mode.
            unrealized_pnl (str): A decimal number, possibly signed, sent as a JSON string.
            liquidation_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            max_notional_value (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            initial_margin (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
            position_cross (str | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
            position_amount (str | Unset): A decimal number, possibly signed, sent as a JSON string.
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
    mark_value: str
    position_value: str
    maintenance_margin: str
    close_vol: str
    close_avg_price: str
    open_avg_price: str
    entry_price: str
    current_amount: str
    realized_value: str
    open_type: FuturesOrderOpenType
    position_side: FuturesPositionSide
    unrealized_pnl: str
    liquidation_price: str
    max_notional_value: str
    initial_margin: str
    position_cross: str | Unset = UNSET
    position_amount: str | Unset = UNSET
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

        mark_value = self.mark_value

        position_value = self.position_value

        maintenance_margin = self.maintenance_margin

        close_vol = self.close_vol

        close_avg_price = self.close_avg_price

        open_avg_price = self.open_avg_price

        entry_price = self.entry_price

        current_amount = self.current_amount

        realized_value = self.realized_value

        open_type: str = self.open_type

        position_side: str = self.position_side

        unrealized_pnl = self.unrealized_pnl

        liquidation_price = self.liquidation_price

        max_notional_value = self.max_notional_value

        initial_margin = self.initial_margin

        position_cross = self.position_cross

        position_amount = self.position_amount

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
        if leverage.__class__ is not str:
            leverage = note("FuturesPositionV2", "leverage", "str", leverage)

        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not int:
            timestamp = note("FuturesPositionV2", "timestamp", "int", timestamp)

        current_fee = d.pop("current_fee", UNSET)
        if current_fee.__class__ is not str:
            current_fee = note("FuturesPositionV2", "current_fee", "str", current_fee)

        open_timestamp = d.pop("open_timestamp", UNSET)
        if open_timestamp.__class__ is not int:
            open_timestamp = note(
                "FuturesPositionV2", "open_timestamp", "int", open_timestamp
            )

        current_value = d.pop("current_value", UNSET)
        if current_value.__class__ is not str:
            current_value = note(
                "FuturesPositionV2", "current_value", "str", current_value
            )

        mark_price = d.pop("mark_price", UNSET)
        if mark_price.__class__ is not str:
            mark_price = note("FuturesPositionV2", "mark_price", "str", mark_price)

        mark_value = d.pop("mark_value", UNSET)
        if mark_value.__class__ is not str:
            mark_value = note("FuturesPositionV2", "mark_value", "str", mark_value)

        position_value = d.pop("position_value", UNSET)
        if position_value.__class__ is not str:
            position_value = note(
                "FuturesPositionV2", "position_value", "str", position_value
            )

        maintenance_margin = d.pop("maintenance_margin", UNSET)
        if maintenance_margin.__class__ is not str:
            maintenance_margin = note(
                "FuturesPositionV2", "maintenance_margin", "str", maintenance_margin
            )

        close_vol = d.pop("close_vol", UNSET)
        if close_vol.__class__ is not str:
            close_vol = note("FuturesPositionV2", "close_vol", "str", close_vol)

        close_avg_price = d.pop("close_avg_price", UNSET)
        if close_avg_price.__class__ is not str:
            close_avg_price = note(
                "FuturesPositionV2", "close_avg_price", "str", close_avg_price
            )

        open_avg_price = d.pop("open_avg_price", UNSET)
        if open_avg_price.__class__ is not str:
            open_avg_price = note(
                "FuturesPositionV2", "open_avg_price", "str", open_avg_price
            )

        entry_price = d.pop("entry_price", UNSET)
        if entry_price.__class__ is not str:
            entry_price = note("FuturesPositionV2", "entry_price", "str", entry_price)

        current_amount = d.pop("current_amount", UNSET)
        if current_amount.__class__ is not str:
            current_amount = note(
                "FuturesPositionV2", "current_amount", "str", current_amount
            )

        realized_value = d.pop("realized_value", UNSET)
        if realized_value.__class__ is not str:
            realized_value = note(
                "FuturesPositionV2", "realized_value", "str", realized_value
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
        if unrealized_pnl.__class__ is not str:
            unrealized_pnl = note(
                "FuturesPositionV2", "unrealized_pnl", "str", unrealized_pnl
            )

        liquidation_price = d.pop("liquidation_price", UNSET)
        if liquidation_price.__class__ is not str:
            liquidation_price = note(
                "FuturesPositionV2", "liquidation_price", "str", liquidation_price
            )

        max_notional_value = d.pop("max_notional_value", UNSET)
        if max_notional_value.__class__ is not str:
            max_notional_value = note(
                "FuturesPositionV2", "max_notional_value", "str", max_notional_value
            )

        initial_margin = d.pop("initial_margin", UNSET)
        if initial_margin.__class__ is not str:
            initial_margin = note(
                "FuturesPositionV2", "initial_margin", "str", initial_margin
            )

        position_cross = d.pop("position_cross", UNSET)
        if position_cross.__class__ is not str and position_cross is not UNSET:
            position_cross = note(
                "FuturesPositionV2", "position_cross", "str", position_cross
            )

        position_amount = d.pop("position_amount", UNSET)
        if position_amount.__class__ is not str and position_amount is not UNSET:
            position_amount = note(
                "FuturesPositionV2", "position_amount", "str", position_amount
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
