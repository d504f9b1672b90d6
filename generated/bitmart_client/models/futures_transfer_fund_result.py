from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesTransferFundResult")


@_attrs_define
class FuturesTransferFundResult:
    """The answer of `transfer_futures_fund_account`. Not documented anywhere; assumed to echo
    the currency and amount like `transfer_spot_futures`, so both fields are optional and
    any other field is accepted.

        Attributes:
            currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
            amount (Decimal | Unset): A non-negative decimal number sent as a JSON string so that no precision is lost.
    """

    currency: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str and currency is not UNSET:
            currency = note("FuturesTransferFundResult", "currency", "str", currency)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("FuturesTransferFundResult", "amount", "decimal", amount)
        elif amount is not UNSET:
            amount = note("FuturesTransferFundResult", "amount", "decimal", amount)

        futures_transfer_fund_result = cls(
            currency=currency,
            amount=amount,
        )
        futures_transfer_fund_result._sent_fields = src_dict

        if d:
            note_extra("FuturesTransferFundResult", d)
        futures_transfer_fund_result.additional_properties = d
        return futures_transfer_fund_result

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
