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
        position_amt (Decimal): A decimal number, possibly signed, sent as a JSON string.
        mark_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        unrealized_profit (Decimal): A decimal number, possibly signed, sent as a JSON string.
        liquidation_price (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        leverage (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        max_notional_value (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        margin_type (FuturesPositionMarginType): Margin mode as `get_futures_positions` and `get_futures_position_risk`
            send it, capitalised per the documentation (lower case seen in BitMart's skills examples).
        isolated_margin (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        position_side (FuturesPositionRiskSide): Side of the position, capitalised per the documentation (lower case
            accepted).
        notional (Decimal): A decimal number, possibly signed, sent as a JSON string.
        update_time (int): Last update; documented as Unix milliseconds, though the documentation's example is in
            seconds.
        account (FuturesOrderAccount | Unset): Which account an order, fill, flow or position belongs to; `futures` is
            the ordinary futures account.
    """

    symbol: str
    position_amt: Decimal
    mark_price: Decimal
    unrealized_profit: Decimal
    liquidation_price: Decimal
    leverage: Decimal
    max_notional_value: Decimal
    margin_type: FuturesPositionMarginType
    isolated_margin: Decimal
    position_side: FuturesPositionRiskSide
    notional: Decimal
    update_time: int
    account: FuturesOrderAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        position_amt = decimal_text(
            self.position_amt, self._sent_fields, "position_amt"
        )

        mark_price = decimal_text(self.mark_price, self._sent_fields, "mark_price")

        unrealized_profit = decimal_text(
            self.unrealized_profit, self._sent_fields, "unrealized_profit"
        )

        liquidation_price = decimal_text(
            self.liquidation_price, self._sent_fields, "liquidation_price"
        )

        leverage = decimal_text(self.leverage, self._sent_fields, "leverage")

        max_notional_value = decimal_text(
            self.max_notional_value, self._sent_fields, "max_notional_value"
        )

        margin_type: str = self.margin_type

        isolated_margin = decimal_text(
            self.isolated_margin, self._sent_fields, "isolated_margin"
        )

        position_side: str = self.position_side

        notional = decimal_text(self.notional, self._sent_fields, "notional")

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
        if position_amt.__class__ is str:
            try:
                position_amt = Decimal(position_amt)
            except ArithmeticError:
                position_amt = note(
                    "FuturesPositionRisk", "position_amt", "decimal", position_amt
                )
        else:
            position_amt = note(
                "FuturesPositionRisk", "position_amt", "decimal", position_amt
            )

        mark_price = d.pop("mark_price", UNSET)
        if mark_price.__class__ is str:
            try:
                mark_price = Decimal(mark_price)
            except ArithmeticError:
                mark_price = note(
                    "FuturesPositionRisk", "mark_price", "decimal", mark_price
                )
        else:
            mark_price = note(
                "FuturesPositionRisk", "mark_price", "decimal", mark_price
            )

        unrealized_profit = d.pop("unrealized_profit", UNSET)
        if unrealized_profit.__class__ is str:
            try:
                unrealized_profit = Decimal(unrealized_profit)
            except ArithmeticError:
                unrealized_profit = note(
                    "FuturesPositionRisk",
                    "unrealized_profit",
                    "decimal",
                    unrealized_profit,
                )
        else:
            unrealized_profit = note(
                "FuturesPositionRisk", "unrealized_profit", "decimal", unrealized_profit
            )

        liquidation_price = d.pop("liquidation_price", UNSET)
        if liquidation_price.__class__ is str:
            try:
                liquidation_price = Decimal(liquidation_price)
            except ArithmeticError:
                liquidation_price = note(
                    "FuturesPositionRisk",
                    "liquidation_price",
                    "decimal",
                    liquidation_price,
                )
        else:
            liquidation_price = note(
                "FuturesPositionRisk", "liquidation_price", "decimal", liquidation_price
            )

        leverage = d.pop("leverage", UNSET)
        if leverage.__class__ is str:
            try:
                leverage = Decimal(leverage)
            except ArithmeticError:
                leverage = note("FuturesPositionRisk", "leverage", "decimal", leverage)
        else:
            leverage = note("FuturesPositionRisk", "leverage", "decimal", leverage)

        max_notional_value = d.pop("max_notional_value", UNSET)
        if max_notional_value.__class__ is str:
            try:
                max_notional_value = Decimal(max_notional_value)
            except ArithmeticError:
                max_notional_value = note(
                    "FuturesPositionRisk",
                    "max_notional_value",
                    "decimal",
                    max_notional_value,
                )
        else:
            max_notional_value = note(
                "FuturesPositionRisk",
                "max_notional_value",
                "decimal",
                max_notional_value,
            )

        margin_type: FuturesPositionMarginType
        _margin_type = d.pop("margin_type", UNSET)
        margin_type = check_futures_position_margin_type(
            _margin_type, "FuturesPositionRisk", "margin_type"
        )

        isolated_margin = d.pop("isolated_margin", UNSET)
        if isolated_margin.__class__ is str:
            try:
                isolated_margin = Decimal(isolated_margin)
            except ArithmeticError:
                isolated_margin = note(
                    "FuturesPositionRisk", "isolated_margin", "decimal", isolated_margin
                )
        else:
            isolated_margin = note(
                "FuturesPositionRisk", "isolated_margin", "decimal", isolated_margin
            )

        position_side: FuturesPositionRiskSide
        _position_side = d.pop("position_side", UNSET)
        position_side = check_futures_position_risk_side(
            _position_side, "FuturesPositionRisk", "position_side"
        )

        notional = d.pop("notional", UNSET)
        if notional.__class__ is str:
            try:
                notional = Decimal(notional)
            except ArithmeticError:
                notional = note("FuturesPositionRisk", "notional", "decimal", notional)
        else:
            notional = note("FuturesPositionRisk", "notional", "decimal", notional)

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
        futures_position_risk._sent_fields = src_dict

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
