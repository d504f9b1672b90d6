from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.funding_transfer_type import (
    FundingTransferType,
    check_funding_transfer_type,
)
from ..types import UNSET

T = TypeVar("T", bound="FundingTransferRequest")


@_attrs_define
class FundingTransferRequest:
    """
    Attributes:
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        type_ (FundingTransferType): Direction of a transfer between the spot and the fund wallet.
    """

    currency: str
    amount: Decimal
    type_: FundingTransferType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
                "type": type_,
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
            currency = note("FundingTransferRequest", "currency", "str", currency)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("FundingTransferRequest", "amount", "decimal", amount)
        else:
            amount = note("FundingTransferRequest", "amount", "decimal", amount)

        type_: FundingTransferType
        _type_ = d.pop("type", UNSET)
        type_ = check_funding_transfer_type(_type_, "FundingTransferRequest", "type")

        funding_transfer_request = cls(
            currency=currency,
            amount=amount,
            type_=type_,
        )
        funding_transfer_request._sent_fields = src_dict

        if d:
            note_extra("FundingTransferRequest", d)
        funding_transfer_request.additional_properties = d
        return funding_transfer_request

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
