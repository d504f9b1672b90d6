from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        borrow_amount (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        daily_interest (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        hourly_interest (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        interest_amount (str): A non-negative decimal number sent as a JSON string so that no precision is lost.
        create_time (int): Unix time in seconds.
    """

    borrow_id: str
    symbol: str
    currency: str
    borrow_amount: str
    daily_interest: str
    hourly_interest: str
    interest_amount: str
    create_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        borrow_id = self.borrow_id

        symbol = self.symbol

        currency = self.currency

        borrow_amount = self.borrow_amount

        daily_interest = self.daily_interest

        hourly_interest = self.hourly_interest

        interest_amount = self.interest_amount

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        borrow_id = d.pop("borrow_id")

        symbol = d.pop("symbol")

        currency = d.pop("currency")

        borrow_amount = d.pop("borrow_amount")

        daily_interest = d.pop("daily_interest")

        hourly_interest = d.pop("hourly_interest")

        interest_amount = d.pop("interest_amount")

        create_time = d.pop("create_time")

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
