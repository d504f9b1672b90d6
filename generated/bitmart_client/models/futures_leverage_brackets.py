from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.futures_leverage_bracket_rule import FuturesLeverageBracketRule


T = TypeVar("T", bound="FuturesLeverageBrackets")


@_attrs_define
class FuturesLeverageBrackets:
    """
    Attributes:
        rules (list[FuturesLeverageBracketRule]): One entry per contract.
    """

    rules: list[FuturesLeverageBracketRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules = plain(self.rules)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
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
        from ..models.futures_leverage_bracket_rule import FuturesLeverageBracketRule

        d = dict(src_dict)
        rules: list[FuturesLeverageBracketRule]
        _rules = d.pop("rules", UNSET)
        if _rules.__class__ is list:
            rules = [
                FuturesLeverageBracketRule.from_dict(item)
                if item.__class__ is dict
                else note("FuturesLeverageBrackets", "rules", "object", item)
                for item in _rules
            ]

        else:
            rules = note("FuturesLeverageBrackets", "rules", "array", _rules)

        futures_leverage_brackets = cls(
            rules=rules,
        )

        if d:
            note_extra("FuturesLeverageBrackets", d)
        futures_leverage_brackets.additional_properties = d
        return futures_leverage_brackets

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
