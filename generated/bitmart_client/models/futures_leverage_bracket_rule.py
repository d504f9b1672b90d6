from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.futures_leverage_bracket import FuturesLeverageBracket


T = TypeVar("T", bound="FuturesLeverageBracketRule")


@_attrs_define
class FuturesLeverageBracketRule:
    """The brackets of one contract.

    Attributes:
        symbol (str): A futures contract symbol, without separator, e.g. `BTCUSDT`.
        brackets (list[FuturesLeverageBracket]): Brackets in increasing order of notional value.
    """

    symbol: str
    brackets: list[FuturesLeverageBracket]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        brackets = plain(self.brackets)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "brackets": brackets,
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
        from ..models.futures_leverage_bracket import FuturesLeverageBracket

        d = dict(src_dict)
        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("FuturesLeverageBracketRule", "symbol", "str", symbol)

        brackets: list[FuturesLeverageBracket]
        _brackets = d.pop("brackets", UNSET)
        if _brackets.__class__ is list:
            brackets = [
                FuturesLeverageBracket.from_dict(item)
                if item.__class__ is dict
                else note("FuturesLeverageBracketRule", "brackets", "object", item)
                for item in _brackets
            ]

        else:
            brackets = note(
                "FuturesLeverageBracketRule", "brackets", "array", _brackets
            )

        futures_leverage_bracket_rule = cls(
            symbol=symbol,
            brackets=brackets,
        )

        if d:
            note_extra("FuturesLeverageBracketRule", d)
        futures_leverage_bracket_rule.additional_properties = d
        return futures_leverage_bracket_rule

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
