from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FuturesLeverageBracket")


@_attrs_define
class FuturesLeverageBracket:
    """One risk-limit bracket.

    Attributes:
        bracket (int): Bracket number, 1 for the smallest positions.
        initial_leverage (int): Highest leverage allowed in this bracket.
        notional_cap (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        notional_floor (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        maint_margin_ratio (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        cum (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    bracket: int
    initial_leverage: int
    notional_cap: Decimal
    notional_floor: Decimal
    maint_margin_ratio: Decimal
    cum: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        bracket = self.bracket

        initial_leverage = self.initial_leverage

        notional_cap = decimal_text(
            self.notional_cap, self._sent_fields, "notional_cap"
        )

        notional_floor = decimal_text(
            self.notional_floor, self._sent_fields, "notional_floor"
        )

        maint_margin_ratio = decimal_text(
            self.maint_margin_ratio, self._sent_fields, "maint_margin_ratio"
        )

        cum = decimal_text(self.cum, self._sent_fields, "cum")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bracket": bracket,
                "initial_leverage": initial_leverage,
                "notional_cap": notional_cap,
                "notional_floor": notional_floor,
                "maint_margin_ratio": maint_margin_ratio,
                "cum": cum,
            }
        )
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bracket = d.pop("bracket", UNSET)
        if bracket.__class__ is not int:
            bracket = note("FuturesLeverageBracket", "bracket", "int", bracket)

        initial_leverage = d.pop("initial_leverage", UNSET)
        if initial_leverage.__class__ is not int:
            initial_leverage = note(
                "FuturesLeverageBracket", "initial_leverage", "int", initial_leverage
            )

        notional_cap = d.pop("notional_cap", UNSET)
        if notional_cap.__class__ is str:
            try:
                notional_cap = Decimal(notional_cap)
            except ArithmeticError:
                notional_cap = note(
                    "FuturesLeverageBracket", "notional_cap", "decimal", notional_cap
                )
        else:
            notional_cap = note(
                "FuturesLeverageBracket", "notional_cap", "decimal", notional_cap
            )

        notional_floor = d.pop("notional_floor", UNSET)
        if notional_floor.__class__ is str:
            try:
                notional_floor = Decimal(notional_floor)
            except ArithmeticError:
                notional_floor = note(
                    "FuturesLeverageBracket",
                    "notional_floor",
                    "decimal",
                    notional_floor,
                )
        else:
            notional_floor = note(
                "FuturesLeverageBracket", "notional_floor", "decimal", notional_floor
            )

        maint_margin_ratio = d.pop("maint_margin_ratio", UNSET)
        if maint_margin_ratio.__class__ is str:
            try:
                maint_margin_ratio = Decimal(maint_margin_ratio)
            except ArithmeticError:
                maint_margin_ratio = note(
                    "FuturesLeverageBracket",
                    "maint_margin_ratio",
                    "decimal",
                    maint_margin_ratio,
                )
        else:
            maint_margin_ratio = note(
                "FuturesLeverageBracket",
                "maint_margin_ratio",
                "decimal",
                maint_margin_ratio,
            )

        cum = d.pop("cum", UNSET)
        if cum.__class__ is str:
            try:
                cum = Decimal(cum)
            except ArithmeticError:
                cum = note("FuturesLeverageBracket", "cum", "decimal", cum)
        else:
            cum = note("FuturesLeverageBracket", "cum", "decimal", cum)

        futures_leverage_bracket = cls(
            bracket=bracket,
            initial_leverage=initial_leverage,
            notional_cap=notional_cap,
            notional_floor=notional_floor,
            maint_margin_ratio=maint_margin_ratio,
            cum=cum,
        )
        futures_leverage_bracket._sent_fields = src_dict

        if d:
            note_extra("FuturesLeverageBracket", d)
        futures_leverage_bracket.additional_properties = d
        return futures_leverage_bracket

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
