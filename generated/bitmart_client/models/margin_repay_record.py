from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="MarginRepayRecord")


@_attrs_define
class MarginRepayRecord:
    """One repayment.

    Attributes:
        repay_id (str): The id of a borrowing or repayment, as returned by `borrow_margin` / `repay_margin`.
            An opaque string: digits in BitMart's examples, but other forms occur (e.g.
            `ES16612345642160qnqR1ce`, or a UUID), so do not parse it as a number.
        repay_time (int): Unix time in seconds.
        symbol (str): A spot trading pair, base and quote joined by an underscore, e.g. `BTC_USDT`.
        currency (str): The repaid currency, e.g. `USDT`.
        repaid_amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        repaid_principal (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        repaid_interest (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    repay_id: str
    repay_time: int
    symbol: str
    currency: str
    repaid_amount: Decimal
    repaid_principal: Decimal
    repaid_interest: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        repay_id = self.repay_id

        repay_time = self.repay_time

        symbol = self.symbol

        currency = self.currency

        repaid_amount = decimal_text(
            self.repaid_amount, self._sent_fields, "repaid_amount"
        )

        repaid_principal = decimal_text(
            self.repaid_principal, self._sent_fields, "repaid_principal"
        )

        repaid_interest = decimal_text(
            self.repaid_interest, self._sent_fields, "repaid_interest"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repay_id": repay_id,
                "repay_time": repay_time,
                "symbol": symbol,
                "currency": currency,
                "repaid_amount": repaid_amount,
                "repaid_principal": repaid_principal,
                "repaid_interest": repaid_interest,
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
        repay_id = d.pop("repay_id", UNSET)
        if repay_id.__class__ is not str:
            repay_id = note("MarginRepayRecord", "repay_id", "str", repay_id)

        repay_time = d.pop("repay_time", UNSET)
        if repay_time.__class__ is not int:
            repay_time = note("MarginRepayRecord", "repay_time", "int", repay_time)

        symbol = d.pop("symbol", UNSET)
        if symbol.__class__ is not str:
            symbol = note("MarginRepayRecord", "symbol", "str", symbol)

        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note("MarginRepayRecord", "currency", "str", currency)

        repaid_amount = d.pop("repaid_amount", UNSET)
        if repaid_amount.__class__ is str:
            try:
                repaid_amount = Decimal(repaid_amount)
            except ArithmeticError:
                repaid_amount = note(
                    "MarginRepayRecord", "repaid_amount", "decimal", repaid_amount
                )
        else:
            repaid_amount = note(
                "MarginRepayRecord", "repaid_amount", "decimal", repaid_amount
            )

        repaid_principal = d.pop("repaid_principal", UNSET)
        if repaid_principal.__class__ is str:
            try:
                repaid_principal = Decimal(repaid_principal)
            except ArithmeticError:
                repaid_principal = note(
                    "MarginRepayRecord", "repaid_principal", "decimal", repaid_principal
                )
        else:
            repaid_principal = note(
                "MarginRepayRecord", "repaid_principal", "decimal", repaid_principal
            )

        repaid_interest = d.pop("repaid_interest", UNSET)
        if repaid_interest.__class__ is str:
            try:
                repaid_interest = Decimal(repaid_interest)
            except ArithmeticError:
                repaid_interest = note(
                    "MarginRepayRecord", "repaid_interest", "decimal", repaid_interest
                )
        else:
            repaid_interest = note(
                "MarginRepayRecord", "repaid_interest", "decimal", repaid_interest
            )

        margin_repay_record = cls(
            repay_id=repay_id,
            repay_time=repay_time,
            symbol=symbol,
            currency=currency,
            repaid_amount=repaid_amount,
            repaid_principal=repaid_principal,
            repaid_interest=repaid_interest,
        )
        margin_repay_record._sent_fields = src_dict

        if d:
            note_extra("MarginRepayRecord", d)
        margin_repay_record.additional_properties = d
        return margin_repay_record

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
