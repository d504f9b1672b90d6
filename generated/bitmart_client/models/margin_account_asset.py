from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="MarginAccountAsset")


@_attrs_define
class MarginAccountAsset:
    """One currency (the base or the quote) of an isolated margin account.

    Attributes:
        currency (str): Currency code, e.g. `BTC`.
        borrow_enabled (bool): Whether this currency can be borrowed now.
        borrowed (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        borrow_unpaid (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        interest_unpaid (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        available (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        frozen (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        net_asset (str): A decimal number, possibly signed, sent as a JSON string.
        net_asset_btc (str): A decimal number, possibly signed, sent as a JSON string.
        total_asset (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    currency: str
    borrow_enabled: bool
    borrowed: str
    borrow_unpaid: str
    interest_unpaid: str
    available: str
    frozen: str
    net_asset: str
    net_asset_btc: str
    total_asset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        borrow_enabled = self.borrow_enabled

        borrowed = self.borrowed

        borrow_unpaid = self.borrow_unpaid

        interest_unpaid = self.interest_unpaid

        available = self.available

        frozen = self.frozen

        net_asset = self.net_asset

        net_asset_btc = self.net_asset_btc

        total_asset = self.total_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "borrow_enabled": borrow_enabled,
                "borrowed": borrowed,
                "borrow_unpaid": borrow_unpaid,
                "interest_unpaid": interest_unpaid,
                "available": available,
                "frozen": frozen,
                "net_asset": net_asset,
                "net_assetBTC": net_asset_btc,
                "total_asset": total_asset,
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
        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("MarginAccountAsset", "currency", "str", currency)

        borrow_enabled = d.pop("borrow_enabled", UNSET)
        if borrow_enabled.__class__ is not bool:
            borrow_enabled = note(
                "MarginAccountAsset", "borrow_enabled", "bool", borrow_enabled
            )

        borrowed = d.pop("borrowed", UNSET)
        if borrowed.__class__ is not str:
            borrowed = note("MarginAccountAsset", "borrowed", "str", borrowed)

        borrow_unpaid = d.pop("borrow_unpaid", UNSET)
        if borrow_unpaid.__class__ is not str:
            borrow_unpaid = note(
                "MarginAccountAsset", "borrow_unpaid", "str", borrow_unpaid
            )

        interest_unpaid = d.pop("interest_unpaid", UNSET)
        if interest_unpaid.__class__ is not str:
            interest_unpaid = note(
                "MarginAccountAsset", "interest_unpaid", "str", interest_unpaid
            )

        available = d.pop("available", UNSET)
        if available.__class__ is not str:
            available = note("MarginAccountAsset", "available", "str", available)

        frozen = d.pop("frozen", UNSET)
        if frozen.__class__ is not str:
            frozen = note("MarginAccountAsset", "frozen", "str", frozen)

        net_asset = d.pop("net_asset", UNSET)
        if net_asset.__class__ is not str:
            net_asset = note("MarginAccountAsset", "net_asset", "str", net_asset)

        net_asset_btc = d.pop("net_assetBTC", UNSET)
        if net_asset_btc.__class__ is not str:
            net_asset_btc = note(
                "MarginAccountAsset", "net_assetBTC", "str", net_asset_btc
            )

        total_asset = d.pop("total_asset", UNSET)
        if total_asset.__class__ is not str:
            total_asset = note("MarginAccountAsset", "total_asset", "str", total_asset)

        margin_account_asset = cls(
            currency=currency,
            borrow_enabled=borrow_enabled,
            borrowed=borrowed,
            borrow_unpaid=borrow_unpaid,
            interest_unpaid=interest_unpaid,
            available=available,
            frozen=frozen,
            net_asset=net_asset,
            net_asset_btc=net_asset_btc,
            total_asset=total_asset,
        )

        if d:
            note_extra("MarginAccountAsset", d)
        margin_account_asset.additional_properties = d
        return margin_account_asset

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
