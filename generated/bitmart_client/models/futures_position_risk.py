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
from ..models.futures_position_risk_side import (
    FuturesPositionRiskSide,
    check_futures_position_risk_side,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesPositionRisk")


@_attrs_define
class FuturesPositionRisk:
    """The liquidation-relevant figures of one position.

    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        position_amt (str): A decimal number, possibly signed, sent as a JSON string.
        mark_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        unrealized_profit (str): A decimal number, possibly signed, sent as a JSON string.
        liquidation_price (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        leverage (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        max_notional_value (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        margin_type (FuturesPositionMarginType): Margin mode as `get_futures_positions` and `get_futures_position_risk`
            send it, capitalised per the documentation (lower case seen in BitMart's skills examples).
        isolated_margin (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        position_side (FuturesPositionRiskSide): Side of the position, capitalised per the documentation (lower case
            accepted).
        notional (str): A decimal number, possibly signed, sent as a JSON string.
        update_time (int): Last update; documented as Unix milliseconds, though the documentation's example is in
            seconds.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position belongs to; `futures` is
            the ordinary futures account.
    """

    symbol: str
    position_amt: str
    mark_price: str
    unrealized_profit: str
    liquidation_price: str
    leverage: str
    max_notional_value: str
    margin_type: FuturesPositionMarginType
    isolated_margin: str
    position_side: FuturesPositionRiskSide
    notional: str
    update_time: int
    account: FuturesOrderAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        position_amt = self.position_amt

        mark_price = self.mark_price

        unrealized_profit = self.unrealized_profit

        liquidation_price = self.liquidation_price

        leverage = self.leverage

        max_notional_value = self.max_notional_value

        margin_type: str = self.margin_type

        isolated_margin = self.isolated_margin

        position_side: str = self.position_side

        notional = self.notional

        update_time = self.update_time

        account: str | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "position_amt": position_amt,
                "mark_price": mark_price,
                "unrealized_profit": unrealized_profit,
                "liquidation_price": liquidation_price,
                "leverage": leverage,
                "max_notional_value": max_notional_value,
                "margin_type": margin_type,
                "isolated_margin": isolated_margin,
                "position_side": position_side,
                "notional": notional,
                "update_time": update_time,
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
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesPositionRisk", "symbol", "str", symbol)

        position_amt = d.pop("position_amt", UNSET)
        if position_amt.__class__ is not str:
            position_amt = note(
                "FuturesPositionRisk", "position_amt", "str", position_amt
            )

        mark_price = d.pop("mark_price", UNSET)
        if mark_price.__class__ is not str:
            mark_price = note("FuturesPositionRisk", "mark_price", "str", mark_price)

        unrealized_profit = d.pop("unrealized_profit", UNSET)
        if unrealized_profit.__class__ is not str:
            unrealized_profit = note(
                "FuturesPositionRisk", "unrealized_profit", "str", unrealized_profit
            )

        liquidation_price = d.pop("liquidation_price", UNSET)
        if liquidation_price.__class__ is not str:
            liquidation_price = note(
                "FuturesPositionRisk", "liquidation_price", "str", liquidation_price
            )

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is not str:
            leverage = note("FuturesPositionRisk", "leverage", "str", leverage)

        max_notional_value = d.pop("max_notional_value", UNSET)
        if max_notional_value.__class__ is not str:
            max_notional_value = note(
                "FuturesPositionRisk", "max_notional_value", "str", max_notional_value
            )

        margin_type: FuturesPositionMarginType
        _margin_type = d.pop("margin_type", UNSET)
        margin_type = check_futures_position_margin_type(
            _margin_type, "FuturesPositionRisk", "margin_type"
        )

        isolated_margin = d.pop("isolated_margin", UNSET)
        if isolated_margin.__class__ is not str:
            isolated_margin = note(
                "FuturesPositionRisk", "isolated_margin", "str", isolated_margin
            )

        position_side: FuturesPositionRiskSide
        _position_side = d.pop("position_side", UNSET)
        position_side = check_futures_position_risk_side(
            _position_side, "FuturesPositionRisk", "position_side"
        )

        notional = d.pop("notional", UNSET)
        if notional.__class__ is not str:
            notional = note("FuturesPositionRisk", "notional", "str", notional)

        update_time = d.pop("update_time", UNSET)
        if update_time.__class__ is not int:
            update_time = note("FuturesPositionRisk", "update_time", "int", update_time)

        account: FuturesOrderAccount | Unset
        _account = d.pop("account", UNSET)
        account = (
            _account
            if _account is UNSET
            else check_futures_order_account(_account, "FuturesPositionRisk", "account")
        )

        futures_position_risk = cls(
            symbol=symbol,
            position_amt=position_amt,
            mark_price=mark_price,
            unrealized_profit=unrealized_profit,
            liquidation_price=liquidation_price,
            leverage=leverage,
            max_notional_value=max_notional_value,
            margin_type=margin_type,
            isolated_margin=isolated_margin,
            position_side=position_side,
            notional=notional,
            update_time=update_time,
            account=account,
        )

        if d:
            note_extra("FuturesPositionRisk", d)
        futures_position_risk.additional_properties = d
        return futures_position_risk

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
