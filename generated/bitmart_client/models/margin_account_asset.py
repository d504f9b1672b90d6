from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="MarginAccountAsset")


@_attrs_define
class MarginAccountAsset:
    """One currency (the base or the quote) of an isolated margin account.

    Attributes:
        currency (str): Currency code, e.g. `BTC`.
        borrow_enabled (bool): Whether this currency can be borrowed now.
        borrowed (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        borrow_unpaid (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        interest_unpaid (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        available (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        frozen (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        net_asset (Decimal): A decimal number, possibly signed, sent as a JSON string.
        net_asset_btc (Decimal): A decimal number, possibly signed, sent as a JSON string.
        total_asset (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    currency: str
    borrow_enabled: bool
    borrowed: Decimal
    borrow_unpaid: Decimal
    interest_unpaid: Decimal
    available: Decimal
    frozen: Decimal
    net_asset: Decimal
    net_asset_btc: Decimal
    total_asset: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        borrow_enabled = self.borrow_enabled

        borrowed = decimal_text(self.borrowed, self._sent_fields, "borrowed")

        borrow_unpaid = decimal_text(
            self.borrow_unpaid, self._sent_fields, "borrow_unpaid"
        )

        interest_unpaid = decimal_text(
            self.interest_unpaid, self._sent_fields, "interest_unpaid"
        )

        available = decimal_text(self.available, self._sent_fields, "available")

        frozen = decimal_text(self.frozen, self._sent_fields, "frozen")

        net_asset = decimal_text(self.net_asset, self._sent_fields, "net_asset")

        net_asset_btc = decimal_text(
            self.net_asset_btc, self._sent_fields, "net_assetBTC"
        )

        total_asset = decimal_text(self.total_asset, self._sent_fields, "total_asset")

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
        if borrowed.__class__ is str:
            try:
                borrowed = Decimal(borrowed)
            except ArithmeticError:
                borrowed = note("MarginAccountAsset", "borrowed", "decimal", borrowed)
        else:
            borrowed = note("MarginAccountAsset", "borrowed", "decimal", borrowed)

        borrow_unpaid = d.pop("borrow_unpaid", UNSET)
        if borrow_unpaid.__class__ is str:
            try:
                borrow_unpaid = Decimal(borrow_unpaid)
            except ArithmeticError:
                borrow_unpaid = note(
                    "MarginAccountAsset", "borrow_unpaid", "decimal", borrow_unpaid
                )
        else:
            borrow_unpaid = note(
                "MarginAccountAsset", "borrow_unpaid", "decimal", borrow_unpaid
            )

        interest_unpaid = d.pop("interest_unpaid", UNSET)
        if interest_unpaid.__class__ is str:
            try:
                interest_unpaid = Decimal(interest_unpaid)
            except ArithmeticError:
                interest_unpaid = note(
                    "MarginAccountAsset", "interest_unpaid", "decimal", interest_unpaid
                )
        else:
            interest_unpaid = note(
                "MarginAccountAsset", "interest_unpaid", "decimal", interest_unpaid
            )

        available = d.pop("available", UNSET)
        if available.__class__ is str:
            try:
                available = Decimal(available)
            except ArithmeticError:
                available = note(
                    "MarginAccountAsset", "available", "decimal", available
                )
        else:
            available = note("MarginAccountAsset", "available", "decimal", available)

        frozen = d.pop("frozen", UNSET)
        if frozen.__class__ is str:
            try:
                frozen = Decimal(frozen)
            except ArithmeticError:
                frozen = note("MarginAccountAsset", "frozen", "decimal", frozen)
        else:
            frozen = note("MarginAccountAsset", "frozen", "decimal", frozen)

        net_asset = d.pop("net_asset", UNSET)
        if net_asset.__class__ is str:
            try:
                net_asset = Decimal(net_asset)
            except ArithmeticError:
                net_asset = note(
                    "MarginAccountAsset", "net_asset", "decimal", net_asset
                )
        else:
            net_asset = note("MarginAccountAsset", "net_asset", "decimal", net_asset)

        net_asset_btc = d.pop("net_assetBTC", UNSET)
        if net_asset_btc.__class__ is str:
            try:
                net_asset_btc = Decimal(net_asset_btc)
            except ArithmeticError:
                net_asset_btc = note(
                    "MarginAccountAsset", "net_assetBTC", "decimal", net_asset_btc
                )
        else:
            net_asset_btc = note(
                "MarginAccountAsset", "net_assetBTC", "decimal", net_asset_btc
            )

        total_asset = d.pop("total_asset", UNSET)
        if total_asset.__class__ is str:
            try:
                total_asset = Decimal(total_asset)
            except ArithmeticError:
                total_asset = note(
                    "MarginAccountAsset", "total_asset", "decimal", total_asset
                )
        else:
            total_asset = note(
                "MarginAccountAsset", "total_asset", "decimal", total_asset
            )

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
        margin_account_asset._sent_fields = src_dict

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
