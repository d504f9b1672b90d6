from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import decimal_text, note, note_extra

from ..models.funding_withdraw_recipient_type import (
    FundingWithdrawRecipientType,
    check_funding_withdraw_recipient_type,
)
from ..models.funding_withdraw_source_account import (
    FundingWithdrawSourceAccount,
    check_funding_withdraw_source_account,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingWithdrawRequest")


@_attrs_define
class FundingWithdrawRequest:
    """Either `address` (an on-chain address) or `type` and `value` (another BitMart account)
    must be given; `areaCode` too when `type` is 3. If both destinations are sent, the
    on-chain address is used.

        Attributes:
            currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
            amount (Decimal): A non-negative decimal number sent as a JSON string so that no precision is lost.
            address (str | Unset): On-chain destination; required for a withdrawal to an address. Must be a verified address
                of the address book.
            address_memo (str | Unset): Tag, memo or payment id for chains that need one; omit it or send `""` otherwise.
            destination (str | Unset): A free remark for an on-chain withdrawal, e.g. `To Digital Address`.
            type_ (FundingWithdrawRecipientType | Unset): How `value` names the receiving BitMart account. 1 BitMart id
                (CID), 2 e-mail address, 3 phone number.
            value (str | Unset): The receiving BitMart account (its id, e-mail address or phone number, per `type`);
                required with `type`.
            area_code (str | Unset): Country calling code of the phone number, e.g. `61`; required when `type` is 3.
            source_account (FundingWithdrawSourceAccount | Unset): The wallet a withdrawal draws on.
    """

    currency: str
    amount: Decimal
    address: str | Unset = UNSET
    address_memo: str | Unset = UNSET
    destination: str | Unset = UNSET
    type_: FundingWithdrawRecipientType | Unset = UNSET
    value: str | Unset = UNSET
    area_code: str | Unset = UNSET
    source_account: FundingWithdrawSourceAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_fields: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = decimal_text(self.amount, self._sent_fields, "amount")

        address = self.address

        address_memo = self.address_memo

        destination = self.destination

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        value = self.value

        area_code = self.area_code

        source_account: str | Unset = UNSET
        if not isinstance(self.source_account, Unset):
            source_account = self.source_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if address_memo is not UNSET:
            field_dict["address_memo"] = address_memo
        if destination is not UNSET:
            field_dict["destination"] = destination
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if area_code is not UNSET:
            field_dict["areaCode"] = area_code
        if source_account is not UNSET:
            field_dict["sourceAccount"] = source_account
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
            currency = note("FundingWithdrawRequest", "currency", "str", currency)

        amount = d.pop("amount", UNSET)
        if amount.__class__ is str:
            try:
                amount = Decimal(amount)
            except ArithmeticError:
                amount = note("FundingWithdrawRequest", "amount", "decimal", amount)
        else:
            amount = note("FundingWithdrawRequest", "amount", "decimal", amount)

        address = d.pop("address", UNSET)
        if address.__class__ is not str and address is not UNSET:
            address = note("FundingWithdrawRequest", "address", "str", address)

        address_memo = d.pop("address_memo", UNSET)
        if address_memo.__class__ is not str and address_memo is not UNSET:
            address_memo = note(
                "FundingWithdrawRequest", "address_memo", "str", address_memo
            )

        destination = d.pop("destination", UNSET)
        if destination.__class__ is not str and destination is not UNSET:
            destination = note(
                "FundingWithdrawRequest", "destination", "str", destination
            )

        type_: FundingWithdrawRecipientType | Unset
        _type_ = d.pop("type", UNSET)
        type_ = (
            _type_
            if _type_ is UNSET
            else check_funding_withdraw_recipient_type(
                _type_, "FundingWithdrawRequest", "type"
            )
        )

        value = d.pop("value", UNSET)
        if value.__class__ is not str and value is not UNSET:
            value = note("FundingWithdrawRequest", "value", "str", value)

        area_code = d.pop("areaCode", UNSET)
        if area_code.__class__ is not str and area_code is not UNSET:
            area_code = note("FundingWithdrawRequest", "areaCode", "str", area_code)

        source_account: FundingWithdrawSourceAccount | Unset
        _source_account = d.pop("sourceAccount", UNSET)
        source_account = (
            _source_account
            if _source_account is UNSET
            else check_funding_withdraw_source_account(
                _source_account, "FundingWithdrawRequest", "sourceAccount"
            )
        )

        funding_withdraw_request = cls(
            currency=currency,
            amount=amount,
            address=address,
            address_memo=address_memo,
            destination=destination,
            type_=type_,
            value=value,
            area_code=area_code,
            source_account=source_account,
        )
        funding_withdraw_request._sent_fields = src_dict

        if d:
            note_extra("FundingWithdrawRequest", d)
        funding_withdraw_request.additional_properties = d
        return funding_withdraw_request

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
