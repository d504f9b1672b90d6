from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..types import UNSET

T = TypeVar("T", bound="FundingDepositAddress")


@_attrs_define
class FundingDepositAddress:
    """
    Attributes:
        currency (str): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        chain (str): The chain of the address (BitMart repeats the channel code here, e.g. `USDT-TRC20`).
        address (str): The deposit address.
        address_memo (str): Tag, memo or payment id to send along with the deposit; empty when the chain uses none.
    """

    currency: str
    chain: str
    address: str
    address_memo: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        chain = self.chain

        address = self.address

        address_memo = self.address_memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "chain": chain,
                "address": address,
                "address_memo": address_memo,
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
            currency = note("FundingDepositAddress", "currency", "str", currency)

        chain = d.pop("chain", UNSET)
        if chain.__class__ is not str:
            chain = note("FundingDepositAddress", "chain", "str", chain)

        address = d.pop("address", UNSET)
        if address.__class__ is not str:
            address = note("FundingDepositAddress", "address", "str", address)

        address_memo = d.pop("address_memo", UNSET)
        if address_memo.__class__ is not str:
            address_memo = note(
                "FundingDepositAddress", "address_memo", "str", address_memo
            )

        funding_deposit_address = cls(
            currency=currency,
            chain=chain,
            address=address,
            address_memo=address_memo,
        )

        if d:
            note_extra("FundingDepositAddress", d)
        funding_deposit_address.additional_properties = d
        return funding_deposit_address

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
