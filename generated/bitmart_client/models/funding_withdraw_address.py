from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from bitmart_runtime.lenient import note, note_extra

from ..models.funding_withdraw_address_type import (
    FundingWithdrawAddressType,
    check_funding_withdraw_address_type,
)
from ..models.funding_withdraw_address_verify_status import (
    FundingWithdrawAddressVerifyStatus,
    check_funding_withdraw_address_verify_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FundingWithdrawAddress")


@_attrs_define
class FundingWithdrawAddress:
    """One address of the withdrawal address book.

    Attributes:
        address (str): The address.
        memo (str): Tag or memo saved with the address; empty when none.
        remark (str): The user's label for the address.
        address_type (FundingWithdrawAddressType): 0 standard (one currency on one network), 1 universal (every currency
            of one network), 2 EVM (any EVM network).
        verify_status (FundingWithdrawAddressVerifyStatus): 0 unverified, 1 verified (only verified addresses can be
            used through the API).
        currency (str | Unset): A currency code such as `USDT`; a network may follow after a dash, e.g. `USDT-TRC20`.
        network (str | Unset): The network of the address; only for standard and universal addresses (`addressType` 0 or
            1).
    """

    address: str
    memo: str
    remark: str
    address_type: FundingWithdrawAddressType
    verify_status: FundingWithdrawAddressVerifyStatus
    currency: str | Unset = UNSET
    network: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        memo = self.memo

        remark = self.remark

        address_type: int = self.address_type

        verify_status: int = self.verify_status

        currency = self.currency

        network = self.network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "memo": memo,
                "remark": remark,
                "addressType": address_type,
                "verifyStatus": verify_status,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if network is not UNSET:
            field_dict["network"] = network
        if UNSET in field_dict.values():
            # A lenient model read from an answer that lacked a required field: write it back lacking.
            field_dict = {
                key: value for key, value in field_dict.items() if value is not UNSET
            }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)
        if address.__class__ is not str:
            address = note("FundingWithdrawAddress", "address", "str", address)

        memo = d.pop("memo", UNSET)
        if memo.__class__ is not str:
            memo = note("FundingWithdrawAddress", "memo", "str", memo)

        remark = d.pop("remark", UNSET)
        if remark.__class__ is not str:
            remark = note("FundingWithdrawAddress", "remark", "str", remark)

        address_type: FundingWithdrawAddressType
        _address_type = d.pop("addressType", UNSET)
        address_type = check_funding_withdraw_address_type(
            _address_type, "FundingWithdrawAddress", "addressType"
        )

        verify_status: FundingWithdrawAddressVerifyStatus
        _verify_status = d.pop("verifyStatus", UNSET)
        verify_status = check_funding_withdraw_address_verify_status(
            _verify_status, "FundingWithdrawAddress", "verifyStatus"
        )

        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str and currency is not UNSET:
            currency = note("FundingWithdrawAddress", "currency", "str", currency)

        network = d.pop("network", UNSET)
        if network.__class__ is not str and network is not UNSET:
            network = note("FundingWithdrawAddress", "network", "str", network)

        funding_withdraw_address = cls(
            address=address,
            memo=memo,
            remark=remark,
            address_type=address_type,
            verify_status=verify_status,
            currency=currency,
            network=network,
        )

        if d:
            note_extra("FundingWithdrawAddress", d)
        funding_withdraw_address.additional_properties = d
        return funding_withdraw_address

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
