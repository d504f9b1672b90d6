from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="SubAccountSpotMainToSubAsMainRequest")


@_attrs_define
class SubAccountSpotMainToSubAsMainRequest:
    """
    Attributes:
        request_no (str): A transfer number of the caller's choosing, at most 64 characters (a UUID is the usual
            choice). BitMart refuses a second transfer with a number it has already seen (61004), so
            resending a transfer with the same number after an unknown outcome cannot move the
            funds twice. Use a new number for every new transfer.
        amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        sub_account (str): A sub-account's username as BitMart shows it (often an e-mail address).
    """

    request_no: str
    amount: Decimal
    currency: str
    sub_account: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        request_no = self.request_no

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        currency = self.currency

        sub_account = self.sub_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestNo": request_no,
                "amount": amount,
                "currency": currency,
                "subAccount": sub_account,
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
        request_no = d.pop("requestNo", UNSET)
        if request_no.__class__ is not str:
            request_no = note(
                "SubAccountSpotMainToSubAsMainRequest", "requestNo", "str", request_no
            )

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note(
                    "SubAccountSpotMainToSubAsMainRequest", "amount", "decimal", amount
                )
        else:
            amount = note(
                "SubAccountSpotMainToSubAsMainRequest", "amount", "decimal", amount
            )

        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:
            currency = note(
                "SubAccountSpotMainToSubAsMainRequest", "currency", "str", currency
            )

        sub_account = d.pop("subAccount", UNSET)
        if sub_account.__class__ is not str:
            sub_account = note(
                "SubAccountSpotMainToSubAsMainRequest", "subAccount", "str", sub_account
            )

        sub_account_spot_main_to_sub_as_main_request = cls(
            request_no=request_no,
            amount=amount,
            currency=currency,
            sub_account=sub_account,
        )
        sub_account_spot_main_to_sub_as_main_request._sent_fields = src_dict

        if d:
            note_extra("SubAccountSpotMainToSubAsMainRequest", d)
        sub_account_spot_main_to_sub_as_main_request.additional_properties = d
        return sub_account_spot_main_to_sub_as_main_request

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
