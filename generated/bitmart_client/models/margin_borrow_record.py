from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="MarginBorrowRecord")


@_attrs_define
class MarginBorrowRecord:
    """One borrowing.

    Attributes:
        borrow_id (str): The id of a borrowing or repayment, as returned by `borrow_margin` / `repay_margin`.
            An opaque string: digits in BitMart's examples, but other forms occur (e.g.
            `ES16612345642160qnqR1ce`, or a UUID), so do not parse it as a number.
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        currency (str): The borrowed currency, e.g. `USDT`.
        borrow_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        daily_interest (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        hourly_interest (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        interest_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        create_time (int): Unix time in seconds.
    """

    borrow_id: str
    symbol: str
    currency: str
    borrow_amount: Decimal
    daily_interest: Decimal
    hourly_interest: Decimal
    interest_amount: Decimal
    create_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        borrow_id = self.borrow_id

        symbol = self.symbol

        currency = self.currency

        borrow_amount = decimal_text(
            self.borrow_amount, self._sent_fields, "borrow_amount"
        )

        daily_interest = decimal_text(
            self.daily_interest, self._sent_fields, "daily_interest"
        )

        hourly_interest = decimal_text(
            self.hourly_interest, self._sent_fields, "hourly_interest"
        )

        interest_amount = decimal_text(
            self.interest_amount, self._sent_fields, "interest_amount"
        )

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "borrow_id": borrow_id,
                "symbol": symbol,
                "currency": currency,
                "borrow_amount": borrow_amount,
                "daily_interest": daily_interest,
                "hourly_interest": hourly_interest,
                "interest_amount": interest_amount,
                "create_time": create_time,
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
        borrow_id = d.pop("borrow_id", UNSET)
        if borrow_id.__class__ is not str:
            borrow_id = note("MarginBorrowRecord", "borrow_id", "str", borrow_id)

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("MarginBorrowRecord", "symbol", "str", symbol)

        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("MarginBorrowRecord", "currency", "str", currency)

        borrow_amount = d.pop("borrow_amount", UNSET)
        if borrow_amount.__class__ is str:
            try:
                borrow_amount = Decimal(borrow_amount)
            except ArithmeticError:
                borrow_amount = note(
                    "MarginBorrowRecord", "borrow_amount", "decimal", borrow_amount
                )
        else:
            borrow_amount = note(
                "MarginBorrowRecord", "borrow_amount", "decimal", borrow_amount
            )

        daily_interest = d.pop("daily_interest", UNSET)
        if daily_interest.__class__ is str:
            try:
                daily_interest = Decimal(daily_interest)
            except ArithmeticError:
                daily_interest = note(
                    "MarginBorrowRecord", "daily_interest", "decimal", daily_interest
                )
        else:
            daily_interest = note(
                "MarginBorrowRecord", "daily_interest", "decimal", daily_interest
            )

        hourly_interest = d.pop("hourly_interest", UNSET)
        if hourly_interest.__class__ is str:
            try:
                hourly_interest = Decimal(hourly_interest)
            except ArithmeticError:
                hourly_interest = note(
                    "MarginBorrowRecord", "hourly_interest", "decimal", hourly_interest
                )
        else:
            hourly_interest = note(
                "MarginBorrowRecord", "hourly_interest", "decimal", hourly_interest
            )

        interest_amount = d.pop("interest_amount", UNSET)
        if interest_amount.__class__ is str:
            try:
                interest_amount = Decimal(interest_amount)
            except ArithmeticError:
                interest_amount = note(
                    "MarginBorrowRecord", "interest_amount", "decimal", interest_amount
                )
        else:
            interest_amount = note(
                "MarginBorrowRecord", "interest_amount", "decimal", interest_amount
            )

        create_time = d.pop("create_time", UNSET)
        if create_time.__class__ is not int:
            create_time = note("MarginBorrowRecord", "create_time", "int", create_time)

        margin_borrow_record = cls(
            borrow_id=borrow_id,
            symbol=symbol,
            currency=currency,
            borrow_amount=borrow_amount,
            daily_interest=daily_interest,
            hourly_interest=hourly_interest,
            interest_amount=interest_amount,
            create_time=create_time,
        )
        margin_borrow_record._sent_fields = src_dict

        if d:
            note_extra("MarginBorrowRecord", d)
        margin_borrow_record.additional_properties = d
        return margin_borrow_record

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
