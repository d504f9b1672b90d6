from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra, plain

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.spot_currency import SpotCurrency


T = TypeVar("T", bound="SpotCurrencies")


@_attrs_define
class SpotCurrencies:
    """
    Attributes:
        currencies (list[SpotCurrency]):
    """

    currencies: list[SpotCurrency]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currencies = plain(self.currencies)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currencies": currencies,
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
        from ..models.spot_currency import SpotCurrency

        d = dict(src_dict)
        currencies: list[SpotCurrency]
        _currencies = d.pop("currencies", UNSET)
        if _currencies.__class__ is list:
            currencies = [
                SpotCurrency.from_dict(item)
                if item.__class__ is dict
                else note("SpotCurrencies", "currencies", "object", item)
                for item in _currencies
            ]

        else:
            currencies = note("SpotCurrencies", "currencies", "array", _currencies)

        spot_currencies = cls(
            currencies=currencies,
        )

        if d:
            note_extra("SpotCurrencies", d)
        spot_currencies.additional_properties = d
        return spot_currencies

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
