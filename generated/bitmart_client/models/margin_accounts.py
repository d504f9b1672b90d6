from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.margin_account import MarginAccount


T = TypeVar("T", bound="MarginAccounts")


@_attrs_define
class MarginAccounts:
    """
    Attributes:
        symbols (list[MarginAccount]):
    """

    symbols: list[MarginAccount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbols = plain(self.symbols)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbols": symbols,
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
        from ..models.margin_account import MarginAccount

        d = dict(src_dict)
        symbols: list[MarginAccount]
        _symbols = d.pop("symbols", UNSET)
        if _symbols.__class__ is list:
            symbols = [
                MarginAccount.from_dict(item)
                if item.__class__ is dict
                else note("MarginAccounts", "symbols", "object", item)
                for item in _symbols
            ]

        else:
            symbols = note("MarginAccounts", "symbols", "array", _symbols)

        margin_accounts = cls(
            symbols=symbols,
        )

        if d:
            note_extra("MarginAccounts", d)
        margin_accounts.additional_properties = d
        return margin_accounts

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
