from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="MarginCurrencyBorrowing")


@_attrs_define
class MarginCurrencyBorrowing:
    """The borrowing terms of one currency (the base or the quote) of a pair.

    Attributes:
        currency (str): Currency code, e.g. `USDT`.
        daily_interest (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        hourly_interest (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        max_borrow_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        min_borrow_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        borrowable_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    currency: str
    daily_interest: Decimal
    hourly_interest: Decimal
    max_borrow_amount: Decimal
    min_borrow_amount: Decimal
    borrowable_amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        daily_interest = decimal_text(
            self.daily_interest, self._sent_fields, "daily_interest"
        )

        hourly_interest = decimal_text(
            self.hourly_interest, self._sent_fields, "hourly_interest"
        )

        max_borrow_amount = decimal_text(
            self.max_borrow_amount, self._sent_fields, "max_borrow_amount"
        )

        min_borrow_amount = decimal_text(
            self.min_borrow_amount, self._sent_fields, "min_borrow_amount"
        )

        borrowable_amount = decimal_text(
            self.borrowable_amount, self._sent_fields, "borrowable_amount"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "daily_interest": daily_interest,
                "hourly_interest": hourly_interest,
                "max_borrow_amount": max_borrow_amount,
                "min_borrow_amount": min_borrow_amount,
                "borrowable_amount": borrowable_amount,
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
            currency = note("MarginCurrencyBorrowing", "currency", "str", currency)

        daily_interest = d.pop("daily_interest", UNSET)
        if daily_interest.__class__ is str:
            try:
                daily_interest = Decimal(daily_interest)
            except ArithmeticError:
                daily_interest = note(
                    "MarginCurrencyBorrowing",
                    "daily_interest",
                    "decimal",
                    daily_interest,
                )
        else:
            daily_interest = note(
                "MarginCurrencyBorrowing", "daily_interest", "decimal", daily_interest
            )

        hourly_interest = d.pop("hourly_interest", UNSET)
        if hourly_interest.__class__ is str:
            try:
                hourly_interest = Decimal(hourly_interest)
            except ArithmeticError:
                hourly_interest = note(
                    "MarginCurrencyBorrowing",
                    "hourly_interest",
                    "decimal",
                    hourly_interest,
                )
        else:
            hourly_interest = note(
                "MarginCurrencyBorrowing", "hourly_interest", "decimal", hourly_interest
            )

        max_borrow_amount = d.pop("max_borrow_amount", UNSET)
        if max_borrow_amount.__class__ is str:
            try:
                max_borrow_amount = Decimal(max_borrow_amount)
            except ArithmeticError:
                max_borrow_amount = note(
                    "MarginCurrencyBorrowing",
                    "max_borrow_amount",
                    "decimal",
                    max_borrow_amount,
                )
        else:
            max_borrow_amount = note(
                "MarginCurrencyBorrowing",
                "max_borrow_amount",
                "decimal",
                max_borrow_amount,
            )

        min_borrow_amount = d.pop("min_borrow_amount", UNSET)
        if min_borrow_amount.__class__ is str:
            try:
                min_borrow_amount = Decimal(min_borrow_amount)
            except ArithmeticError:
                min_borrow_amount = note(
                    "MarginCurrencyBorrowing",
                    "min_borrow_amount",
                    "decimal",
                    min_borrow_amount,
                )
        else:
            min_borrow_amount = note(
                "MarginCurrencyBorrowing",
                "min_borrow_amount",
                "decimal",
                min_borrow_amount,
            )

        borrowable_amount = d.pop("borrowable_amount", UNSET)
        if borrowable_amount.__class__ is str:
            try:
                borrowable_amount = Decimal(borrowable_amount)
            except ArithmeticError:
                borrowable_amount = note(
                    "MarginCurrencyBorrowing",
                    "borrowable_amount",
                    "decimal",
                    borrowable_amount,
                )
        else:
            borrowable_amount = note(
                "MarginCurrencyBorrowing",
                "borrowable_amount",
                "decimal",
                borrowable_amount,
            )

        margin_currency_borrowing = cls(
            currency=currency,
            daily_interest=daily_interest,
            hourly_interest=hourly_interest,
            max_borrow_amount=max_borrow_amount,
            min_borrow_amount=min_borrow_amount,
            borrowable_amount=borrowable_amount,
        )
        margin_currency_borrowing._sent_fields = src_dict

        if d:
            note_extra("MarginCurrencyBorrowing", d)
        margin_currency_borrowing.additional_properties = d
        return margin_currency_borrowing

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
