from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="SpotWalletBalance")


@_attrs_define
class SpotWalletBalance:
    """The balance of one currency in the spot wallet.

    Attributes:
        id (str): Currency code, e.g. `BTC` (this endpoint calls it `id`).
        name (str): Full name of the currency.
        available (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        frozen (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    id: str
    name: str
    available: Decimal
    frozen: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        available = decimal_text(self.available, self._sent_fields, "available")

        frozen = decimal_text(self.frozen, self._sent_fields, "frozen")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "available": available,
                "frozen": frozen,
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
            id = note("SpotWalletBalance", "id", "str", id)

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = note("SpotWalletBalance", "name", "str", name)

        available = d.pop("available", UNSET)
        if available.__class__ is str:
            try:
                available = Decimal(available)
            except ArithmeticError:
                available = note("SpotWalletBalance", "available", "decimal", available)
        else:
            available = note("SpotWalletBalance", "available", "decimal", available)

        frozen = d.pop("frozen", UNSET)
        if frozen.__class__ is str:
            try:
                frozen = Decimal(frozen)
            except ArithmeticError:
                frozen = note("SpotWalletBalance", "frozen", "decimal", frozen)
        else:
            frozen = note("SpotWalletBalance", "frozen", "decimal", frozen)

        spot_wallet_balance = cls(
            id=id,
            name=name,
            available=available,
            frozen=frozen,
        )
        spot_wallet_balance._sent_fields = src_dict

        if d:
            note_extra("SpotWalletBalance", d)
        spot_wallet_balance.additional_properties = d
        return spot_wallet_balance

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
