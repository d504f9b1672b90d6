from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="SpotCurrency")


@_attrs_define
class SpotCurrency:
    """
    Attributes:
        id (str): Currency code, e.g. `BTC`.
        name (str): Full name.
        withdraw_enabled (bool): Whether withdrawals are open.
        deposit_enabled (bool): Whether deposits are open.
    """

    id: str
    name: str
    withdraw_enabled: bool
    deposit_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        withdraw_enabled = self.withdraw_enabled

        deposit_enabled = self.deposit_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "withdraw_enabled": withdraw_enabled,
                "deposit_enabled": deposit_enabled,
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
        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = note("SpotCurrency", "id", "str", id)

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = note("SpotCurrency", "name", "str", name)

        withdraw_enabled = d.pop("withdraw_enabled", UNSET)
        if withdraw_enabled.__class__ is not bool:
            withdraw_enabled = note(
                "SpotCurrency", "withdraw_enabled", "bool", withdraw_enabled
            )

        deposit_enabled = d.pop("deposit_enabled", UNSET)
        if deposit_enabled.__class__ is not bool:
            deposit_enabled = note(
                "SpotCurrency", "deposit_enabled", "bool", deposit_enabled
            )

        spot_currency = cls(
            id=id,
            name=name,
            withdraw_enabled=withdraw_enabled,
            deposit_enabled=deposit_enabled,
        )

        if d:
            note_extra("SpotCurrency", d)
        spot_currency.additional_properties = d
        return spot_currency

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
